package io.tradechain.gateway.ledger;

/**
 * The Fabric identity that signs for an API user: its organisation, its name in that organisation's
 * wallet and its NodeOU role ({@code admin} or {@code client}).
 */
public record Signer(String mspId, String identityName, String role) {
    /** NodeOU role of an organisation administrator. */
    public static final String ADMIN = "admin";

    /** NodeOU role of an ordinary client. */
    public static final String CLIENT = "client";

    public boolean isAdmin() {
        return ADMIN.equals(role);
    }
}
