package io.tradechain.gateway.security;

import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.http.ChaincodeCalls;
import io.tradechain.gateway.ledger.LedgerException;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.parties.Party;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who the caller is: its API user and, when its identity is bound, the party the ledger says it
 * acts for.
 */
@Path("/api/v1/me")
@Tag(name = "Session")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    private final CurrentUser currentUser;
    private final ChaincodeCalls calls;
    private final GatewayConfig config;

    public MeResource(CurrentUser currentUser, ChaincodeCalls calls, GatewayConfig config) {
        this.currentUser = currentUser;
        this.calls = calls;
        this.config = config;
    }

    /** The answer of {@code GET /api/v1/me}. */
    public record Me(
            String username, String mspId, List<String> roles, boolean readOnly, Party party) {}

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(
            summary =
                    "The authenticated user and the party its Fabric identity acts for on the ledger")
    public Me whoAmI() {
        ApiUser user = currentUser.get();
        Party party = null;
        try {
            party =
                    calls.evaluate(
                            Proposal.of(user.signer(), config.partiesChaincode(), "WhoAmI"),
                            Party.class);
        } catch (LedgerException e) {
            if (!e.isRefused(io.tradechain.chaincode.common.CommonErrorCode.CALLER_NOT_BOUND)) {
                throw e;
            }
        }
        return new Me(
                user.username(),
                user.mspId(),
                user.roles().stream().sorted().toList(),
                user.isReadOnly(),
                party);
    }
}
