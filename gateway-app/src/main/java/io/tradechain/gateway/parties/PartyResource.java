package io.tradechain.gateway.parties;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.error.ErrorBody;
import io.tradechain.gateway.http.WriteResult;
import io.tradechain.gateway.http.ChaincodeCalls;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.security.ApiUser;
import io.tradechain.gateway.security.CurrentUser;
import io.tradechain.gateway.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The party registry over HTTP: each call is one chaincode function of {@code parties}. */
@Path("/api/v1/parties")
@Tag(name = "Parties", description = "Legal persons and the identities that act for them")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartyResource {
    private static final String CODE = "[0-9A-Za-z]{18}";
    private static final String PAGE_SIZE = "[1-9][0-9]{0,2}";
    private static final String PAGE_SIZE_RULE = "must be a whole number from 1 to 200";

    private final ChaincodeCalls calls;
    private final CurrentUser currentUser;
    private final String chaincode;

    public PartyResource(ChaincodeCalls calls, CurrentUser currentUser, GatewayConfig config) {
        this.calls = calls;
        this.currentUser = currentUser;
        this.chaincode = config.partiesChaincode();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a party of your organisation (organisation admins)")
    @APIResponse(responseCode = "201", description = "Committed",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    @APIResponse(responseCode = "409", description = "Already registered",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public CompletionStage<Response> register(@Valid @NotNull RegisterPartyRequest request) {
        ApiUser user = currentUser.writer();
        return WriteResult.created(calls.submit(Proposal.of(user.signer(), chaincode, "RegisterParty",
                request.creditCode(), request.name(), request.kind().name())));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "List parties, optionally of one kind, a page at a time")
    public JsonNode list(
            @QueryParam("kind") @Pattern(regexp = "CORE_ENTERPRISE|SUPPLIER|BANK|AUTHORITY") String kind,
            @QueryParam("pageSize") @Pattern(regexp = PAGE_SIZE, message = PAGE_SIZE_RULE) String pageSize,
            @QueryParam("bookmark") String bookmark) {
        return calls.evaluate(Proposal.of(currentUser.get().signer(), chaincode, "ListParties",
                kind == null ? "" : kind, pageSize == null ? "" : pageSize,
                bookmark == null ? "" : bookmark));
    }

    @GET
    @Path("/{creditCode}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "One party by its unified social credit code")
    @APIResponse(responseCode = "404", description = "Not registered",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public JsonNode get(@PathParam("creditCode") @Pattern(regexp = CODE) String creditCode) {
        return calls.evaluate(Proposal.of(currentUser.get().signer(), chaincode, "GetParty", creditCode));
    }

    @GET
    @Path("/{creditCode}/history")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "Every committed version of a party, newest first")
    public JsonNode history(@PathParam("creditCode") @Pattern(regexp = CODE) String creditCode) {
        return calls.evaluate(Proposal.of(currentUser.get().signer(), chaincode, "GetPartyHistory", creditCode));
    }

    @GET
    @Path("/{creditCode}/identities")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "Identities bound to a party (its own organisation and the regulator only)")
    public JsonNode identities(@PathParam("creditCode") @Pattern(regexp = CODE) String creditCode,
            @QueryParam("pageSize") @Pattern(regexp = PAGE_SIZE, message = PAGE_SIZE_RULE) String pageSize,
            @QueryParam("bookmark") String bookmark) {
        return calls.evaluate(Proposal.of(currentUser.get().signer(), chaincode, "ListIdentities", creditCode,
                pageSize == null ? "" : pageSize, bookmark == null ? "" : bookmark));
    }

    @POST
    @Path("/{creditCode}/identities")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Bind a client identity of the party's organisation to the party (organisation admins)")
    @APIResponse(responseCode = "201", description = "Committed",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    public CompletionStage<Response> bind(@PathParam("creditCode") @Pattern(regexp = CODE) String creditCode,
            @Valid @NotNull BindIdentityRequest request) {
        ApiUser user = currentUser.writer();
        return WriteResult.created(calls.submit(Proposal.of(user.signer(), chaincode, "BindIdentity", creditCode,
                request.clientId())));
    }

    @POST
    @Path("/identities/unbind")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Withdraw a client identity of your organisation from its party (organisation admins)")
    public CompletionStage<WriteResult> unbind(@Valid @NotNull BindIdentityRequest request) {
        ApiUser user = currentUser.writer();
        return calls.submit(Proposal.of(user.signer(), chaincode, "UnbindIdentity", request.clientId()));
    }
}
