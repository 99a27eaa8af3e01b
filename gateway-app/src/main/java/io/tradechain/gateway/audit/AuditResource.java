package io.tradechain.gateway.audit;

import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.error.ApiException;
import io.tradechain.gateway.error.Problem;
import io.tradechain.gateway.ledger.BlockInfo;
import io.tradechain.gateway.ledger.LedgerPort;
import io.tradechain.gateway.security.CurrentUser;
import io.tradechain.gateway.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Audit queries: the chain's head, a block by number, a transaction by id. */
@Path("/api/v1/ledger")
@Tag(
        name = "Audit",
        description = "Blocks and transactions as committed, for auditors and reconciliation")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
public class AuditResource {
    private final LedgerPort ledger;
    private final CurrentUser currentUser;
    private final GatewayConfig config;

    public AuditResource(LedgerPort ledger, CurrentUser currentUser, GatewayConfig config) {
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.config = config;
    }

    @GET
    @Operation(summary = "Height and head of the chain")
    public LedgerSummary getLedgerSummary() {
        currentUser.get();
        long height = ledger.height();
        String head = height == 0 ? "" : ledger.block(height - 1).map(BlockInfo::hash).orElse("");
        return new LedgerSummary(config.channel(), height, head);
    }

    @GET
    @Path("/blocks/{number}")
    @Operation(summary = "One block by number, with its transactions")
    @APIResponse(
            responseCode = "200",
            description = "The block",
            content = @Content(schema = @Schema(implementation = BlockView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such block yet",
            content = @Content(schema = @Schema(implementation = Problem.class)))
    public BlockView getBlock(
            @PathParam("number")
                    @Pattern(regexp = "[0-9]{1,18}", message = "must be a block number (0 or more)")
                    String number) {
        String viewer = currentUser.get().mspId();
        BlockInfo block =
                ledger.block(Long.parseLong(number))
                        .orElseThrow(
                                () ->
                                        new ApiException(
                                                404,
                                                "BLOCK_NOT_FOUND",
                                                "no block "
                                                        + number
                                                        + "; the chain's height is "
                                                        + ledger.height(),
                                                Map.of("number", number)));
        return new BlockView(
                block.number(),
                block.hash(),
                block.previousHash(),
                block.dataHash(),
                block.transactions().stream().map(tx -> TransactionView.of(tx, viewer)).toList());
    }

    @GET
    @Path("/transactions/{txId}")
    @Operation(summary = "One transaction by id: its block and how validation judged it")
    @APIResponse(
            responseCode = "200",
            description = "The transaction",
            content = @Content(schema = @Schema(implementation = TransactionView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No block holds this transaction",
            content = @Content(schema = @Schema(implementation = Problem.class)))
    public TransactionView getTransaction(
            @PathParam("txId")
                    @Pattern(
                            regexp = "[0-9a-f]{64}",
                            message = "must be a transaction id (64 lower-case hex digits)")
                    String txId) {
        String viewer = currentUser.get().mspId();
        return ledger.transaction(txId)
                .map(tx -> TransactionView.of(tx, viewer))
                .orElseThrow(
                        () ->
                                new ApiException(
                                        404,
                                        "TRANSACTION_NOT_FOUND",
                                        "no committed transaction " + txId,
                                        Map.of("txId", txId)));
    }
}
