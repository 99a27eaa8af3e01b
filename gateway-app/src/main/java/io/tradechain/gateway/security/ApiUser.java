package io.tradechain.gateway.security;

import io.tradechain.chaincode.common.Organisations;
import io.tradechain.gateway.ledger.Signer;
import java.util.Set;

/**
 * An authenticated API user: its organisation, the party it acts for (none for organisation admins
 * and the regulator), the Fabric identity that signs for it and its roles.
 */
public record ApiUser(
        String username, String mspId, String partyCode, String identity, Set<String> roles) {

    public ApiUser {
        roles = Set.copyOf(roles);
    }

    /**
     * The identity that signs this user's transactions: the organisation admin for admins, else its
     * own client.
     */
    public Signer signer() {
        return new Signer(
                mspId, identity, roles.contains(Roles.ADMIN) ? Signer.ADMIN : Signer.CLIENT);
    }

    /** The regulator reads everything and writes nothing. */
    public boolean isReadOnly() {
        return Organisations.isReadOnly(mspId);
    }
}
