package io.tradechain.gateway.forfaiting;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.gateway.http.WriteResult;
import io.tradechain.gateway.http.ChaincodeCalls;
import io.tradechain.chaincode.common.ChaincodeNames;
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
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Forfaiting (福费廷) between banks over HTTP: each call is one function of the {@code forfaiting} chaincode. */
@Path("/api/v1/forfaiting")
@Tag(name = "Forfaiting", description = "Offers of accepted L/C claims, bilateral quotes, acceptance, transfer "
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

    @Schema(example = "{\"lcId\":\"5d41402abc4b2a76b9719d911017c592aa5d41402abc4b2a76b9719d911017c5\","
            + "\"presentation\":1,\"contact\":\"forfaiting desk, +86 21 5555 0101\"}")
    record OfferBody(@NotNull @Pattern(regexp = TX_ID) String lcId, @NotNull @Min(1) Integer presentation,
            @NotBlank @Size(max = 200) String contact) {
    }

    @Schema(description = "A quote (private between the two banks)", example = "{\"discountRateBp\":295,"
            + "\"price\":{\"currency\":\"CNY\",\"minorUnits\":49300000}}")
    record QuoteBody(@NotNull @Min(0) @Max(10_000) Integer discountRateBp, @NotNull @Valid MoneyBody price) {
    }

    @Schema(description = "The quote the seller takes; every other quote on the offer lapses",
            example = "{\"quoteId\":\"8f2d6c0a4b1e9d3f7a5c2e8b0d4f6a1c3e5b7d9f0a2c4e6b8d1f3a5c7e9b0d2f\"}")
    record AcceptanceBody(@NotNull @Pattern(regexp = TX_ID) String quoteId) {
    }

    @Schema(description = "SHA-256 of the signed transfer agreement (债权转让书) and transfer notice (转让通知书)",
            example = "{\"agreementHash\":\"3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b\","
                    + "\"noticeHash\":\"b5d4045c3f466fa91fe2cc6abe79232a1a57cdf104f7a26e716e0a1e2789df78\"}")
    record TransferBody(@NotNull @Pattern(regexp = SHA256) String agreementHash,
            @NotNull @Pattern(regexp = SHA256) String noticeHash) {
    }

    @POST
    @Path("/offers")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Offer a claim you hold (an accepted, unpaid usance L/C presentation) to the banks")
    public CompletionStage<Response> publish(@Valid @NotNull OfferBody body) {
        return WriteResult.created(calls.submit(Proposal.of(writer(), ChaincodeNames.FORFAITING, "PublishOffer", body.lcId(),
                Integer.toString(body.presentation())).withTransient("offer",
                CanonicalJson.toBytes(Map.of("contact", body.contact())))));
    }

    @GET
    @Path("/offers")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "Every offer, a page at a time (banks and the regulator)")
    public JsonNode offers(@QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize,
            @QueryParam("bookmark") @DefaultValue("") String bookmark) {
        return evaluate("ListOffers", Integer.toString(pageSize), bookmark);
    }

    @GET
    @Path("/offers/{offerId}")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "An offer with its elements: amount, maturity, issuing bank, contact")
    public JsonNode offer(@PathParam("offerId") @Pattern(regexp = TX_ID) String offerId) {
        return evaluate("GetOffer", offerId);
    }

    @POST
    @Path("/offers/{offerId}/quotes")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Quote on an open offer (another bank); quoting again gives a revised quote")
    public CompletionStage<Response> quote(@PathParam("offerId") @Pattern(regexp = TX_ID) String offerId,
            @Valid @NotNull QuoteBody body) {
        return WriteResult.created(calls.submit(Proposal.of(writer(), ChaincodeNames.FORFAITING, "SubmitQuote", offerId)
                .withTransient("quote", CanonicalJson.toBytes(body))));
    }

    @GET
    @Path("/offers/{offerId}/quotes")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "The quotes you may see: all for the seller and the regulator, your own otherwise")
    public JsonNode quotes(@PathParam("offerId") @Pattern(regexp = TX_ID) String offerId) {
        return evaluate("ListQuotes", offerId);
    }

    @GET
    @Path("/offers/{offerId}/quotes/{quoteId}")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "One quote: terms and status (OPEN, ACCEPTED, LAPSED)")
    public JsonNode quote(@PathParam("offerId") @Pattern(regexp = TX_ID) String offerId,
            @PathParam("quoteId") @Pattern(regexp = TX_ID) String quoteId) {
        return evaluate("GetQuote", offerId, quoteId);
    }

    @POST
    @Path("/offers/{offerId}/acceptance")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Accept one quote (the seller); the others lapse")
    public CompletionStage<WriteResult> accept(@PathParam("offerId") @Pattern(regexp = TX_ID) String offerId,
            @Valid @NotNull AcceptanceBody body) {
        return submit("AcceptQuote", offerId, body.quoteId());
    }

    @POST
    @Path("/offers/{offerId}/confirmations")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Confirm the transfer agreement and notice (seller and buyer, same hashes)")
    public CompletionStage<WriteResult> confirm(@PathParam("offerId") @Pattern(regexp = TX_ID) String offerId,
            @Valid @NotNull TransferBody body) {
        return calls.submit(Proposal.of(writer(), ChaincodeNames.FORFAITING, "ConfirmTransfer", offerId)
                .withTransient("transfer", CanonicalJson.toBytes(body)));
    }

    @POST
    @Path("/offers/{offerId}/acknowledgement")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Acknowledge the transfer (the issuing bank): the buyer holds the claim and is paid")
    public CompletionStage<WriteResult> acknowledge(@PathParam("offerId") @Pattern(regexp = TX_ID) String offerId) {
        return submit("AcknowledgeTransfer", offerId);
    }

    @POST
    @Path("/offers/{offerId}/withdrawal")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Withdraw an open offer (the seller)")
    public CompletionStage<WriteResult> withdraw(@PathParam("offerId") @Pattern(regexp = TX_ID) String offerId) {
        return submit("WithdrawOffer", offerId);
    }

    private io.tradechain.gateway.ledger.Signer writer() {
        return currentUser.writer().signer();
    }

    private CompletionStage<WriteResult> submit(String function, String... args) {
        return calls.submit(Proposal.of(writer(), ChaincodeNames.FORFAITING, function, args));
    }

    private JsonNode evaluate(String function, String... args) {
        return calls.evaluate(Proposal.of(currentUser.get().signer(), ChaincodeNames.FORFAITING, function, args));
    }
}
