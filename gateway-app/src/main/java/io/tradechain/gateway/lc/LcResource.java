package io.tradechain.gateway.lc;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.gateway.http.WriteResult;
import io.tradechain.gateway.http.ChaincodeCalls;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.security.CurrentUser;
import io.tradechain.gateway.security.Roles;
import io.tradechain.gateway.verification.DocumentBody;
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
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Domestic letters of credit over HTTP: each call is one function of the {@code letterofcredit} chaincode, which
 * decides who may do what from the caller's identity and the L/C's state. Private inputs go as transient data.
 */
@Path("/api/v1/lcs")
@Tag(name = "Letters of credit", description = "Domestic L/C (国内信用证): apply, issue, advise, amend, present, "
        + "examine, waive or refuse, accept, negotiate, pay, close; expiry and cancellation; the timeline of an L/C")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LcResource {
    private static final String LC_ID = "[0-9a-f]{64}";

    private final ChaincodeCalls calls;
    private final CurrentUser currentUser;

    public LcResource(ChaincodeCalls calls, CurrentUser currentUser) {
        this.calls = calls;
        this.currentUser = currentUser;
    }

    // ---- the L/C --------------------------------------------------------------------------------------------

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Apply for an L/C (the applicant enterprise)", description = "The terms travel as transient "
            + "data and are stored privately; the answer holds the public record (lcId = this transaction's id).")
    public CompletionStage<Response> apply(@Valid @NotNull LcBodies.ApplicationBody body) {
        return WriteResult.created(submit(Proposal.of(writer(), ChaincodeNames.LETTER_OF_CREDIT, "Apply")
                .withTransient("application", CanonicalJson.toBytes(body))));
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "The L/Cs your bank or enterprise takes part in (the regulator names a participant)")
    public JsonNode list(@QueryParam("participant") @Pattern(regexp = "[0-9A-Za-z]{1,64}") String participant,
            @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize,
            @QueryParam("bookmark") @DefaultValue("") String bookmark) {
        return evaluate("ListLcs", participant == null ? "" : participant, Integer.toString(pageSize), bookmark);
    }

    @GET
    @Path("/{lcId}")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "The public record of an L/C: status, banks, counters")
    public JsonNode get(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId) {
        return evaluate("GetLc", lcId);
    }

    @GET
    @Path("/{lcId}/terms")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "The terms and usage of an L/C (its banks, applicant, beneficiary and the regulator)")
    public JsonNode terms(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId) {
        return evaluate("GetTerms", lcId);
    }

    @GET
    @Path("/{lcId}/timeline")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "Every step of an L/C: what, who (organisation, role, name), when, transaction id",
            description = "Add ?format=text for a plain-text table.")
    public Response timeline(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @QueryParam("format") @DefaultValue("json") @Pattern(regexp = "json|text") String format) {
        JsonNode timeline = evaluate("GetTimeline", lcId);
        if ("text".equals(format)) {
            return Response.ok(LcTimelineText.render(timeline), MediaType.TEXT_PLAIN).build();
        }
        return Response.ok(timeline, MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("/{lcId}/decline")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Decline an application (the issuing bank)")
    public CompletionStage<WriteResult> decline(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @Valid @NotNull io.tradechain.gateway.http.ReasonBody body) {
        return submit("Decline", lcId, body.reason());
    }

    @POST
    @Path("/{lcId}/issue")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Issue the L/C (开证, the issuing bank); refused if the applicant or beneficiary is "
            + "blacklisted")
    public CompletionStage<WriteResult> issue(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId) {
        return submit("Issue", lcId);
    }

    @POST
    @Path("/{lcId}/advice")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Advise the L/C to the beneficiary (通知, the advising bank)")
    public CompletionStage<WriteResult> advise(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId) {
        return submit("Advise", lcId);
    }

    @POST
    @Path("/{lcId}/amendments")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Propose an amendment (the issuing bank); it waits for the beneficiary")
    public CompletionStage<Response> amend(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @Valid @NotNull LcBodies.AmendmentBody body) {
        return WriteResult.created(submit(Proposal.of(writer(), ChaincodeNames.LETTER_OF_CREDIT, "ProposeAmendment", lcId)
                .withTransient("amendment", CanonicalJson.toBytes(body))));
    }

    @GET
    @Path("/{lcId}/amendments/{n}")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "An amendment: its changes and the beneficiary's decision")
    public JsonNode amendment(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n) {
        return evaluate("GetAmendment", lcId, Integer.toString(n));
    }

    @POST
    @Path("/{lcId}/amendments/{n}/acceptance")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Accept an amendment (the beneficiary): it takes effect")
    public CompletionStage<WriteResult> acceptAmendment(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n) {
        return submit("AcceptAmendment", lcId, Integer.toString(n));
    }

    @POST
    @Path("/{lcId}/amendments/{n}/rejection")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Reject an amendment (the beneficiary): the L/C stays as it was")
    public CompletionStage<WriteResult> rejectAmendment(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n) {
        return submit("RejectAmendment", lcId, Integer.toString(n));
    }

    @POST
    @Path("/{lcId}/expiry")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Mark the L/C expired (any of its parties), once past expiry with nothing open")
    public CompletionStage<WriteResult> expire(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId) {
        return submit("Expire", lcId);
    }

    @POST
    @Path("/{lcId}/cancellation-consents")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Consent to cancel (applicant, beneficiary, issuing bank); cancelled when all three did")
    public CompletionStage<WriteResult> consentToCancel(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId) {
        return submit("ConsentToCancel", lcId);
    }

    @POST
    @Path("/{lcId}/closure")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Close the L/C (闭卷, the issuing bank): used, expired, cancelled or declined")
    public CompletionStage<WriteResult> close(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId) {
        return submit("Close", lcId);
    }

    // ---- presentations --------------------------------------------------------------------------------------

    @POST
    @Path("/{lcId}/presentations")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Present documents (交单, the beneficiary or the nominated bank)", description = "Within "
            + "the amount plus tolerance and before expiry; the invoice must be authentic, from the beneficiary to "
            + "the applicant, and cover the amount. Document hashes go on the ledger, the rest stays private.")
    public CompletionStage<Response> present(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @Valid @NotNull LcBodies.PresentationBody body) {
        DocumentBody invoice = body.invoice();
        DocumentBody typed = new DocumentBody("INVOICE", invoice.invoiceCode(), invoice.invoiceNumber(),
                invoice.checkCode(), invoice.sellerCode(), invoice.buyerCode(), invoice.amount(), invoice.tax(),
                invoice.issueDate(), invoice.declarationNumber(), invoice.exporterCode(), invoice.declarationDate());
        Map<String, Object> presentation = Map.of("amount", body.amount(), "documents", body.documents());
        return WriteResult.created(submit(Proposal.of(writer(), ChaincodeNames.LETTER_OF_CREDIT, "Present", lcId)
                .withTransient("presentation", CanonicalJson.toBytes(presentation))
                .withTransient("documents", CanonicalJson.toBytes(List.of(typed)))));
    }

    @GET
    @Path("/{lcId}/presentations/{n}")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "The public record of a presentation: status, document hashes, claim holder, maturity")
    public JsonNode presentation(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n) {
        return evaluate("GetPresentation", lcId, Integer.toString(n));
    }

    @GET
    @Path("/{lcId}/presentations/{n}/details")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "A presentation's private details: amount, documents, discrepancies, negotiation price")
    public JsonNode details(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n) {
        return evaluate("GetPresentationDetails", lcId, Integer.toString(n));
    }

    @GET
    @Path("/{lcId}/presentations/{n}/claim")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "The claim of a presentation: amount, maturity, holder, pending transfer")
    public JsonNode claim(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId, @PathParam("n") @Min(1) int n) {
        return evaluate("GetClaim", lcId, Integer.toString(n));
    }

    @POST
    @Path("/{lcId}/presentations/{n}/receipt")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Documents received (到单, the issuing bank)")
    public CompletionStage<WriteResult> receive(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n) {
        return submit("ReceiveDocuments", lcId, Integer.toString(n));
    }

    @POST
    @Path("/{lcId}/presentations/{n}/examination")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Examine (审单, the issuing bank): no discrepancies = compliant")
    public CompletionStage<WriteResult> examine(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n, @Valid @NotNull LcBodies.ExaminationBody body) {
        return submit(Proposal.of(writer(), ChaincodeNames.LETTER_OF_CREDIT, "Examine", lcId, Integer.toString(n))
                .withTransient("examination", CanonicalJson.toBytes(body)));
    }

    @POST
    @Path("/{lcId}/presentations/{n}/waiver")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Waive the discrepancies (the applicant): the presentation becomes compliant")
    public CompletionStage<WriteResult> waive(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n) {
        return submit("WaiveDiscrepancies", lcId, Integer.toString(n));
    }

    @POST
    @Path("/{lcId}/presentations/{n}/refusal")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Refuse a discrepant presentation (the applicant): its amount is free again")
    public CompletionStage<WriteResult> refuse(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n) {
        return submit("RefuseDocuments", lcId, Integer.toString(n));
    }

    @POST
    @Path("/{lcId}/presentations/{n}/acceptance")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Accept (承兑, the issuing bank, usance L/C): fixes the maturity date")
    public CompletionStage<WriteResult> accept(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n) {
        return submit("AcceptPresentation", lcId, Integer.toString(n));
    }

    @POST
    @Path("/{lcId}/presentations/{n}/negotiation")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Negotiate (议付, the nominated bank): pays the beneficiary early and holds the claim")
    public CompletionStage<WriteResult> negotiate(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n, @Valid @NotNull LcBodies.NegotiationBody body) {
        return submit(Proposal.of(writer(), ChaincodeNames.LETTER_OF_CREDIT, "Negotiate", lcId, Integer.toString(n))
                .withTransient("negotiation", CanonicalJson.toBytes(body)));
    }

    @POST
    @Path("/{lcId}/presentations/{n}/payment")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Pay (付款, the issuing bank) the claim holder: at sight when compliant, at maturity when "
            + "accepted")
    public CompletionStage<WriteResult> pay(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId, @PathParam("n") @Min(1) int n) {
        return submit("Pay", lcId, Integer.toString(n));
    }

    private io.tradechain.gateway.ledger.Signer writer() {
        return currentUser.writer().signer();
    }

    private CompletionStage<WriteResult> submit(String function, String... args) {
        return calls.submit(Proposal.of(writer(), ChaincodeNames.LETTER_OF_CREDIT, function, args));
    }

    private CompletionStage<WriteResult> submit(Proposal proposal) {
        return calls.submit(proposal);
    }

    private JsonNode evaluate(String function, String... args) {
        return calls.evaluate(Proposal.of(currentUser.get().signer(), ChaincodeNames.LETTER_OF_CREDIT, function,
                args));
    }
}
