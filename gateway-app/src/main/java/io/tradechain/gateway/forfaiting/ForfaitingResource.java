package io.tradechain.gateway.forfaiting;

import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.Page;
import io.tradechain.forfaiting.Offer;
import io.tradechain.forfaiting.OfferDetails;
import io.tradechain.forfaiting.Quote;
import io.tradechain.forfaiting.QuoteView;
import io.tradechain.gateway.http.ChaincodeCalls;
import io.tradechain.gateway.http.Pages;
import io.tradechain.gateway.http.WriteResult;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.security.CurrentUser;
import io.tradechain.gateway.security.Roles;
import io.tradechain.gateway.verification.MoneyBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Forfaiting (福费廷) between banks over HTTP: each call is one function of the {@code forfaiting}
 * chaincode.
 */
@Path("/api/v1/forfaiting")
@Tag(
        name = "Forfaiting",
        description =
                "Offers of accepted L/C claims, bilateral quotes, acceptance, transfer "
                        + "agreement and notice, acknowledgement by the issuing bank, onward sale (banks; the regulator reads)")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ForfaitingResource {
    private static final String TX_ID = "[0-9a-f]{64}";
    private static final String SHA256 = "[0-9a-f]{64}";

    private final ChaincodeCalls calls;
    private final CurrentUser currentUser;

    public ForfaitingResource(ChaincodeCalls calls, CurrentUser currentUser) {
        this.calls = calls;
        this.currentUser = currentUser;
    }

    @Schema(
            description =
                    "lcId and presentation of an accepted usance presentation whose claim you hold: take "
                            + "them from GET /api/v1/lcs (the demo's claim is offered already)",
            example =
                    "{\"lcId\":\"5d41402abc4b2a76b9719d911017c592aa5d41402abc4b2a76b9719d911017c5\","
                            + "\"presentation\":1,\"contact\":\"forfaiting desk, +86 21 5555 0101\"}")
    record OfferBody(
            @NotNull @Pattern(regexp = TX_ID) String lcId,
            @NotNull @Min(1) Integer presentation,
            @NotBlank @Size(max = 200) String contact) {}

    @Schema(
            description = "A quote (private between the two banks)",
            example =
                    "{\"discountRateBp\":295,"
                            + "\"price\":{\"currency\":\"CNY\",\"minorUnits\":49300000}}")
    record QuoteBody(
            @NotNull @Min(0) @Max(10_000) Integer discountRateBp,
            @NotNull @Valid MoneyBody price) {}

    @Schema(
            description = "The quote the seller takes; every other quote on the offer lapses",
            example =
                    "{\"quoteId\":\"8f2d6c0a4b1e9d3f7a5c2e8b0d4f6a1c3e5b7d9f0a2c4e6b8d1f3a5c7e9b0d2f\"}")
    record AcceptanceBody(@NotNull @Pattern(regexp = TX_ID) String quoteId) {}

    @Schema(
            name = "ClaimTransferBody",
            description =
                    "SHA-256 of the signed transfer agreement (债权转让书) and transfer notice (转让通知书)",
            example =
                    "{\"agreementHash\":\"3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b\","
                            + "\"noticeHash\":\"b5d4045c3f466fa91fe2cc6abe79232a1a57cdf104f7a26e716e0a1e2789df78\"}")
    record TransferBody(
            @NotNull @Pattern(regexp = SHA256) String agreementHash,
            @NotNull @Pattern(regexp = SHA256) String noticeHash) {}

    @POST
    @Path("/offers")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary =
                    "Offer a claim you hold (an accepted, unpaid usance L/C presentation) to the banks")
    @Extension(name = WriteResult.CREATES_EXTENSION, value = "true")
    public CompletionStage<RestResponse<WriteResult<Offer>>> publishOffer(
            @Valid @NotNull OfferBody body) {
        return WriteResult.created(
                calls.submit(
                        Proposal.of(
                                        writer(),
                                        ChaincodeNames.FORFAITING,
                                        "PublishOffer",
                                        body.lcId(),
                                        Integer.toString(body.presentation()))
                                .withTransient(
                                        "offer",
                                        CanonicalJson.toBytes(Map.of("contact", body.contact()))),
                        Offer.class),
                written -> "/api/v1/forfaiting/offers/" + written.result().offerId());
    }

    @GET
    @Path("/offers")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "Every offer, a page at a time (banks and the regulator)")
    public Page<Offer> listOffers(
            @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize,
            @QueryParam("bookmark") @DefaultValue("") String bookmark) {
        return calls.page(
                Proposal.of(
                        currentUser.get().signer(),
                        ChaincodeNames.FORFAITING,
                        "ListOffers",
                        Integer.toString(pageSize),
                        bookmark),
                Offer.class);
    }

    @GET
    @Path("/offers/{offerId}")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "An offer with its elements: amount, maturity, issuing bank, contact")
    public OfferDetails getOffer(@PathParam("offerId") @Pattern(regexp = TX_ID) String offerId) {
        return evaluate(OfferDetails.class, "GetOffer", offerId);
    }

    @POST
    @Path("/offers/{offerId}/quotes")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary = "Quote on an open offer (another bank); quoting again gives a revised quote")
    @Extension(name = WriteResult.CREATES_EXTENSION, value = "true")
    public CompletionStage<RestResponse<WriteResult<Quote>>> submitQuote(
            @PathParam("offerId") @Pattern(regexp = TX_ID) String offerId,
            @Valid @NotNull QuoteBody body) {
        return WriteResult.created(
                calls.submit(
                        Proposal.of(writer(), ChaincodeNames.FORFAITING, "SubmitQuote", offerId)
                                .withTransient("quote", CanonicalJson.toBytes(body)),
                        Quote.class),
                written ->
                        "/api/v1/forfaiting/offers/"
                                + offerId
                                + "/quotes/"
                                + written.result().quoteId());
    }

    @GET
    @Path("/offers/{offerId}/quotes")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(
            summary =
                    "The quotes you may see: all for the seller and the regulator, your own otherwise",
            description = "A page at a time; pass the bookmark back for the next.")
    public Page<QuoteView> listQuotes(
            @PathParam("offerId") @Pattern(regexp = TX_ID) String offerId,
            @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize,
            @QueryParam("bookmark") @DefaultValue("") String bookmark) {
        List<QuoteView> quotes =
                calls.evaluate(
                        Proposal.of(
                                currentUser.get().signer(),
                                ChaincodeNames.FORFAITING,
                                "ListQuotes",
                                offerId),
                        calls.types().constructCollectionType(List.class, QuoteView.class));
        return Pages.slice(quotes, pageSize, bookmark, List.of("quotes", offerId));
    }

    @GET
    @Path("/offers/{offerId}/quotes/{quoteId}")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "One quote: terms and status (OPEN, ACCEPTED, LAPSED)")
    public QuoteView getQuote(
            @PathParam("offerId") @Pattern(regexp = TX_ID) String offerId,
            @PathParam("quoteId") @Pattern(regexp = TX_ID) String quoteId) {
        return evaluate(QuoteView.class, "GetQuote", offerId, quoteId);
    }

    @POST
    @Path("/offers/{offerId}/acceptance")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Accept one quote (the seller); the others lapse")
    public CompletionStage<WriteResult<Offer>> acceptQuote(
            @PathParam("offerId") @Pattern(regexp = TX_ID) String offerId,
            @Valid @NotNull AcceptanceBody body) {
        return submit(Offer.class, "AcceptQuote", offerId, body.quoteId());
    }

    @POST
    @Path("/offers/{offerId}/confirmations")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary = "Confirm the transfer agreement and notice (seller and buyer, same hashes)")
    public CompletionStage<WriteResult<Offer>> confirmTransfer(
            @PathParam("offerId") @Pattern(regexp = TX_ID) String offerId,
            @Valid @NotNull TransferBody body) {
        return calls.submit(
                Proposal.of(writer(), ChaincodeNames.FORFAITING, "ConfirmTransfer", offerId)
                        .withTransient("transfer", CanonicalJson.toBytes(body)),
                Offer.class);
    }

    @POST
    @Path("/offers/{offerId}/acknowledgement")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary =
                    "Acknowledge the transfer (the issuing bank): the buyer holds the claim and is paid")
    public CompletionStage<WriteResult<Offer>> acknowledgeTransfer(
            @PathParam("offerId") @Pattern(regexp = TX_ID) String offerId) {
        return submit(Offer.class, "AcknowledgeTransfer", offerId);
    }

    @POST
    @Path("/offers/{offerId}/withdrawal")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Withdraw an open offer (the seller)")
    public CompletionStage<WriteResult<Offer>> withdrawOffer(
            @PathParam("offerId") @Pattern(regexp = TX_ID) String offerId) {
        return submit(Offer.class, "WithdrawOffer", offerId);
    }

    private io.tradechain.gateway.ledger.Signer writer() {
        return currentUser.writer().signer();
    }

    private <T> CompletionStage<WriteResult<T>> submit(
            Class<T> type, String function, String... args) {
        return calls.submit(Proposal.of(writer(), ChaincodeNames.FORFAITING, function, args), type);
    }

    private <T> T evaluate(Class<T> type, String function, String... args) {
        return calls.evaluate(
                Proposal.of(currentUser.get().signer(), ChaincodeNames.FORFAITING, function, args),
                type);
    }
}
