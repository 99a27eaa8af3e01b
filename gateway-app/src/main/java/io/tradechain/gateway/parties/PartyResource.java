package io.tradechain.gateway.parties;

import io.tradechain.chaincode.common.HistoryEntry;
import io.tradechain.chaincode.common.Page;
import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.http.ChaincodeCalls;
import io.tradechain.gateway.http.Pages;
import io.tradechain.gateway.http.WriteResult;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.security.ApiUser;
import io.tradechain.gateway.security.CurrentUser;
import io.tradechain.gateway.security.Roles;
import io.tradechain.parties.IdentityBinding;
import io.tradechain.parties.Party;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

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
    @Operation(
            summary = "Register a party of your organisation (organisation admins)",
            description =
                    "409 PARTY_ALREADY_REGISTERED when the credit code is registered already.")
    @Extension(name = WriteResult.CREATES_EXTENSION, value = "true")
    public CompletionStage<RestResponse<WriteResult<Party>>> registerParty(
            @Valid @NotNull RegisterPartyRequest request) {
        ApiUser user = currentUser.writer();
        return WriteResult.created(
                calls.submit(
                        Proposal.of(
                                user.signer(),
                                chaincode,
                                "RegisterParty",
                                request.creditCode(),
                                request.name(),
                                request.kind().name()),
                        Party.class),
                written -> "/api/v1/parties/" + written.result().creditCode());
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "List parties, optionally of one kind, a page at a time")
    public Page<Party> listParties(
            @QueryParam("kind") @Pattern(regexp = "CORE_ENTERPRISE|SUPPLIER|BANK|AUTHORITY")
                    String kind,
            @QueryParam("pageSize") @Pattern(regexp = PAGE_SIZE, message = PAGE_SIZE_RULE)
                    String pageSize,
            @QueryParam("bookmark") String bookmark) {
        return calls.page(
                Proposal.of(
                        currentUser.get().signer(),
                        chaincode,
                        "ListParties",
                        kind == null ? "" : kind,
                        pageSize == null ? "" : pageSize,
                        bookmark == null ? "" : bookmark),
                Party.class);
    }

    @GET
    @Path("/{creditCode}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(
            summary = "One party by its unified social credit code",
            description = "404 PARTY_NOT_FOUND when no party has the code.")
    public Party getParty(@PathParam("creditCode") @Pattern(regexp = CODE) String creditCode) {
        return calls.evaluate(
                Proposal.of(currentUser.get().signer(), chaincode, "GetParty", creditCode),
                Party.class);
    }

    @GET
    @Path("/{creditCode}/history")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(
            summary = "Every committed version of a party, newest first",
            description = "A page at a time; pass the bookmark back for the next.")
    public Page<HistoryEntry<Party>> getPartyHistory(
            @PathParam("creditCode") @Pattern(regexp = CODE) String creditCode,
            @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize,
            @QueryParam("bookmark") @DefaultValue("") String bookmark) {
        List<HistoryEntry<Party>> history =
                calls.evaluate(
                        Proposal.of(
                                currentUser.get().signer(),
                                chaincode,
                                "GetPartyHistory",
                                creditCode),
                        calls.types()
                                .constructCollectionType(
                                        List.class,
                                        calls.types()
                                                .constructParametricType(
                                                        HistoryEntry.class, Party.class)));
        return Pages.slice(history, pageSize, bookmark, List.of("party-history", creditCode));
    }

    @GET
    @Path("/{creditCode}/identities")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(
            summary = "Identities bound to a party (its own organisation and the regulator only)")
    public Page<IdentityBinding> listIdentities(
            @PathParam("creditCode") @Pattern(regexp = CODE) String creditCode,
            @QueryParam("pageSize") @Pattern(regexp = PAGE_SIZE, message = PAGE_SIZE_RULE)
                    String pageSize,
            @QueryParam("bookmark") String bookmark) {
        return calls.page(
                Proposal.of(
                        currentUser.get().signer(),
                        chaincode,
                        "ListIdentities",
                        creditCode,
                        pageSize == null ? "" : pageSize,
                        bookmark == null ? "" : bookmark),
                IdentityBinding.class);
    }

    @POST
    @Path("/{creditCode}/identities")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary =
                    "Bind a client identity of the party's organisation to the party (organisation admins)")
    @Extension(name = WriteResult.CREATES_EXTENSION, value = "true")
    public CompletionStage<RestResponse<WriteResult<IdentityBinding>>> bindIdentity(
            @PathParam("creditCode") @Pattern(regexp = CODE) String creditCode,
            @Valid @NotNull BindIdentityRequest request) {
        ApiUser user = currentUser.writer();
        return WriteResult.created(
                calls.submit(
                        Proposal.of(
                                user.signer(),
                                chaincode,
                                "BindIdentity",
                                creditCode,
                                request.clientId()),
                        IdentityBinding.class),
                written -> "/api/v1/parties/" + creditCode + "/identities");
    }

    @POST
    @Path("/identities/unbind")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary =
                    "Withdraw a client identity of your organisation from its party (organisation admins)")
    public CompletionStage<WriteResult<IdentityBinding>> unbindIdentity(
            @Valid @NotNull BindIdentityRequest request) {
        ApiUser user = currentUser.writer();
        return calls.submit(
                Proposal.of(user.signer(), chaincode, "UnbindIdentity", request.clientId()),
                IdentityBinding.class);
    }
}
