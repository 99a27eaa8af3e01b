package io.tradechain.gateway.security;

/**
 * API roles. A user's organisation limits them further: the regulator's users are read-only
 * whatever their roles.
 */
public final class Roles {
    /**
     * Organisation administrator: registers parties and binds identities; signs with the
     * organisation's admin.
     */
    public static final String ADMIN = "admin";

    /**
     * Business operator of a party: submits its transactions; signs with its own client identity.
     */
    public static final String OPERATOR = "operator";

    /** Reads what its organisation may see. */
    public static final String VIEWER = "viewer";

    private Roles() {}
}
