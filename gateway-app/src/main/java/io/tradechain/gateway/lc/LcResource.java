package io.tradechain.gateway.lc;

import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.Page;
import io.tradechain.gateway.http.ChaincodeCalls;
import io.tradechain.gateway.http.WriteResult;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.security.CurrentUser;
import io.tradechain.gateway.security.Roles;
import io.tradechain.gateway.verification.DocumentBody;
import io.tradechain.letterofcredit.Amendment;
import io.tradechain.letterofcredit.Claim;
import io.tradechain.letterofcredit.LcTerms;
import io.tradechain.letterofcredit.LetterOfCredit;
import io.tradechain.letterofcredit.Presentation;
import io.tradechain.letterofcredit.PresentationDetails;
import io.tradechain.letterofcredit.Timeline;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Domestic letters of credit over HTTP: each call is one function of the {@code letterofcredit}
 * chaincode, which decides who may do what from the caller's identity and the L/C's state. Private
 * inputs go as transient data.
 */
@Path("/api/v1/lcs")
@Tag(
        name = "Letters of credit",
        description =
                "Domestic L/C (国内信用证): apply, issue, advise, amend, present, "
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

    // ---- the L/C
    // --------------------------------------------------------------------------------------------

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary = "Apply for an L/C (the applicant enterprise)",
            description =
                    "The terms travel as transient "
                            + "data and are stored privately; the answer holds the public record (lcId = this transaction's id).")
    @Extension(name = WriteResult.CREATES_EXTENSION, value = "true")
    public CompletionStage<RestResponse<WriteResult<LetterOfCredit>>> applyForLc(
            @Valid @NotNull LcBodies.ApplicationBody body) {
        return WriteResult.created(
                calls.submit(
                        Proposal.of(writer(), ChaincodeNames.LETTER_OF_CREDIT, "Apply")
                                .withTransient("application", CanonicalJson.toBytes(body)),
                        LetterOfCredit.class),
                written -> "/api/v1/lcs/" + written.result().lcId());
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(
            summary =
                    "The L/Cs your bank or enterprise takes part in (the regulator names a participant)")
    public Page<LetterOfCredit> listLcs(
            @QueryParam("participant") @Pattern(regexp = "[0-9A-Za-z]{1,64}") String participant,
            @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize,
            @QueryParam("bookmark") @DefaultValue("") String bookmark) {
        return calls.page(
                Proposal.of(
                        currentUser.get().signer(),
                        ChaincodeNames.LETTER_OF_CREDIT,
                        "ListLcs",
                        participant == null ? "" : participant,
                        Integer.toString(pageSize),
                        bookmark),
                LetterOfCredit.class);
    }

    @GET
    @Path("/{lcId}")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "The public record of an L/C: status, banks, counters")
    public LetterOfCredit getLc(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId) {
        return evaluate(LetterOfCredit.class, "GetLc", lcId);
    }

    @GET
    @Path("/{lcId}/terms")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(
            summary =
                    "The terms and usage of an L/C (its banks, applicant, beneficiary and the regulator)")
    public LcTerms getLcTerms(@PathParam("lcId") @Pattern(regexp = LC_ID) String lcId) {
        return evaluate(LcTerms.class, "GetTerms", lcId);
    }

    @GET
    @Path("/{lcId}/timeline")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(
            summary =
                    "Every step of an L/C: what, who (organisation, role, name), when, transaction id",
            description = "Add ?format=text for a plain-text table.")
    @APIResponse(
            responseCode = "200",
            description = "The L/C, its presentations and every step, or a text table",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Timeline.class)),
                @Content(
                        mediaType = MediaType.TEXT_PLAIN,
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response getLcTimeline(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @QueryParam("format") @DefaultValue("json") @Pattern(regexp = "json|text")
                    String format) {
        Timeline timeline = evaluate(Timeline.class, "GetTimeline", lcId);
        if ("text".equals(format)) {
            return Response.ok(
                            LcTimelineText.render(CanonicalJson.mapper().valueToTree(timeline)),
                            MediaType.TEXT_PLAIN)
                    .build();
        }
        return Response.ok(timeline, MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("/{lcId}/decline")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Decline an application (the issuing bank)")
    public CompletionStage<WriteResult<LetterOfCredit>> declineLc(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @Valid @NotNull io.tradechain.gateway.http.ReasonBody body) {
        return submit(LetterOfCredit.class, "Decline", lcId, body.reason());
    }

    @POST
    @Path("/{lcId}/issue")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary =
                    "Issue the L/C (开证, the issuing bank); refused if the applicant or beneficiary is "
                            + "blacklisted")
    public CompletionStage<WriteResult<LetterOfCredit>> issueLc(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId) {
        return submit(LetterOfCredit.class, "Issue", lcId);
    }

    @POST
    @Path("/{lcId}/advice")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Advise the L/C to the beneficiary (通知, the advising bank)")
    public CompletionStage<WriteResult<LetterOfCredit>> adviseLc(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId) {
        return submit(LetterOfCredit.class, "Advise", lcId);
    }

    @POST
    @Path("/{lcId}/amendments")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Propose an amendment (the issuing bank); it waits for the beneficiary")
    @Extension(name = WriteResult.CREATES_EXTENSION, value = "true")
    public CompletionStage<RestResponse<WriteResult<LetterOfCredit>>> proposeAmendment(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @Valid @NotNull LcBodies.AmendmentBody body) {
        return WriteResult.created(
                calls.submit(
                        Proposal.of(
                                        writer(),
                                        ChaincodeNames.LETTER_OF_CREDIT,
                                        "ProposeAmendment",
                                        lcId)
                                .withTransient("amendment", CanonicalJson.toBytes(body)),
                        LetterOfCredit.class),
                written -> "/api/v1/lcs/" + lcId + "/amendments/" + written.result().amendments());
    }

    @GET
    @Path("/{lcId}/amendments/{n}")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "An amendment: its changes and the beneficiary's decision")
    public Amendment getAmendment(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n) {
        return evaluate(Amendment.class, "GetAmendment", lcId, Integer.toString(n));
    }

    @POST
    @Path("/{lcId}/amendments/{n}/acceptance")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Accept an amendment (the beneficiary): it takes effect")
    public CompletionStage<WriteResult<LetterOfCredit>> acceptAmendment(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n) {
        return submit(LetterOfCredit.class, "AcceptAmendment", lcId, Integer.toString(n));
    }

    @POST
    @Path("/{lcId}/amendments/{n}/rejection")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Reject an amendment (the beneficiary): the L/C stays as it was")
    public CompletionStage<WriteResult<LetterOfCredit>> rejectAmendment(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n) {
        return submit(LetterOfCredit.class, "RejectAmendment", lcId, Integer.toString(n));
    }

    @POST
    @Path("/{lcId}/expiry")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary =
                    "Mark the L/C expired (any of its parties), once past expiry with nothing open")
    public CompletionStage<WriteResult<LetterOfCredit>> expireLc(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId) {
        return submit(LetterOfCredit.class, "Expire", lcId);
    }

    @POST
    @Path("/{lcId}/cancellation-consents")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary =
                    "Consent to cancel (applicant, beneficiary, issuing bank); cancelled when all three did")
    public CompletionStage<WriteResult<LetterOfCredit>> consentToCancelLc(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId) {
        return submit(LetterOfCredit.class, "ConsentToCancel", lcId);
    }

    @POST
    @Path("/{lcId}/closure")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary = "Close the L/C (闭卷, the issuing bank): used, expired, cancelled or declined")
    public CompletionStage<WriteResult<LetterOfCredit>> closeLc(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId) {
        return submit(LetterOfCredit.class, "Close", lcId);
    }

    // ---- presentations
    // --------------------------------------------------------------------------------------

    @POST
    @Path("/{lcId}/presentations")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary = "Present documents (交单, the beneficiary or the nominated bank)",
            description =
                    "Within "
                            + "the amount plus tolerance and before expiry; the invoice must be authentic, from the beneficiary to "
                            + "the applicant, and cover the amount. Document hashes go on the ledger, the rest stays private.")
    @Extension(name = WriteResult.CREATES_EXTENSION, value = "true")
    public CompletionStage<RestResponse<WriteResult<Presentation>>> presentDocuments(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @Valid @NotNull LcBodies.PresentationBody body) {
        DocumentBody invoice = body.invoice();
        DocumentBody typed =
                new DocumentBody(
                        "INVOICE",
                        invoice.invoiceCode(),
                        invoice.invoiceNumber(),
                        invoice.checkCode(),
                        invoice.sellerCode(),
                        invoice.buyerCode(),
                        invoice.amount(),
                        invoice.tax(),
                        invoice.issueDate(),
                        invoice.declarationNumber(),
                        invoice.exporterCode(),
                        invoice.declarationDate());
        Map<String, Object> presentation =
                Map.of("amount", body.amount(), "documents", body.documents());
        return WriteResult.created(
                calls.submit(
                        Proposal.of(writer(), ChaincodeNames.LETTER_OF_CREDIT, "Present", lcId)
                                .withTransient("presentation", CanonicalJson.toBytes(presentation))
                                .withTransient("documents", CanonicalJson.toBytes(List.of(typed))),
                        Presentation.class),
                written -> "/api/v1/lcs/" + lcId + "/presentations/" + written.result().number());
    }

    @GET
    @Path("/{lcId}/presentations/{n}")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(
            summary =
                    "The public record of a presentation: status, document hashes, claim holder, maturity")
    public Presentation getPresentation(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n) {
        return evaluate(Presentation.class, "GetPresentation", lcId, Integer.toString(n));
    }

    @GET
    @Path("/{lcId}/presentations/{n}/details")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(
            summary =
                    "A presentation's private details: amount, documents, discrepancies, negotiation price")
    public PresentationDetails getPresentationDetails(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n) {
        return evaluate(
                PresentationDetails.class, "GetPresentationDetails", lcId, Integer.toString(n));
    }

    @GET
    @Path("/{lcId}/presentations/{n}/claim")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "The claim of a presentation: amount, maturity, holder, pending transfer")
    public Claim getClaim(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n) {
        return evaluate(Claim.class, "GetClaim", lcId, Integer.toString(n));
    }

    @POST
    @Path("/{lcId}/presentations/{n}/receipt")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Documents received (到单, the issuing bank)")
    public CompletionStage<WriteResult<Presentation>> receiveDocuments(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n) {
        return submit(Presentation.class, "ReceiveDocuments", lcId, Integer.toString(n));
    }

    @POST
    @Path("/{lcId}/presentations/{n}/examination")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Examine (审单, the issuing bank): no discrepancies = compliant")
    public CompletionStage<WriteResult<Presentation>> examinePresentation(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n,
            @Valid @NotNull LcBodies.ExaminationBody body) {
        return submit(
                Proposal.of(
                                writer(),
                                ChaincodeNames.LETTER_OF_CREDIT,
                                "Examine",
                                lcId,
                                Integer.toString(n))
                        .withTransient("examination", CanonicalJson.toBytes(body)),
                Presentation.class);
    }

    @POST
    @Path("/{lcId}/presentations/{n}/waiver")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary = "Waive the discrepancies (the applicant): the presentation becomes compliant")
    public CompletionStage<WriteResult<Presentation>> waiveDiscrepancies(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n) {
        return submit(Presentation.class, "WaiveDiscrepancies", lcId, Integer.toString(n));
    }

    @POST
    @Path("/{lcId}/presentations/{n}/refusal")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary = "Refuse a discrepant presentation (the applicant): its amount is free again")
    public CompletionStage<WriteResult<Presentation>> refuseDocuments(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n) {
        return submit(Presentation.class, "RefuseDocuments", lcId, Integer.toString(n));
    }

    @POST
    @Path("/{lcId}/presentations/{n}/acceptance")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Accept (承兑, the issuing bank, usance L/C): fixes the maturity date")
    public CompletionStage<WriteResult<Presentation>> acceptPresentation(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n) {
        return submit(Presentation.class, "AcceptPresentation", lcId, Integer.toString(n));
    }

    @POST
    @Path("/{lcId}/presentations/{n}/negotiation")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary =
                    "Negotiate (议付, the nominated bank): pays the beneficiary early and holds the claim")
    public CompletionStage<WriteResult<Presentation>> negotiatePresentation(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n,
            @Valid @NotNull LcBodies.NegotiationBody body) {
        return submit(
                Proposal.of(
                                writer(),
                                ChaincodeNames.LETTER_OF_CREDIT,
                                "Negotiate",
                                lcId,
                                Integer.toString(n))
                        .withTransient("negotiation", CanonicalJson.toBytes(body)),
                Presentation.class);
    }

    @POST
    @Path("/{lcId}/presentations/{n}/payment")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary =
                    "Pay (付款, the issuing bank) the claim holder: at sight when compliant, at maturity when "
                            + "accepted")
    public CompletionStage<WriteResult<Presentation>> payPresentation(
            @PathParam("lcId") @Pattern(regexp = LC_ID) String lcId,
            @PathParam("n") @Min(1) int n) {
        return submit(Presentation.class, "Pay", lcId, Integer.toString(n));
    }

    private io.tradechain.gateway.ledger.Signer writer() {
        return currentUser.writer().signer();
    }

    private <T> CompletionStage<WriteResult<T>> submit(
            Class<T> type, String function, String... args) {
        return calls.submit(
                Proposal.of(writer(), ChaincodeNames.LETTER_OF_CREDIT, function, args), type);
    }

    private <T> CompletionStage<WriteResult<T>> submit(Proposal proposal, Class<T> type) {
        return calls.submit(proposal, type);
    }

    private <T> T evaluate(Class<T> type, String function, String... args) {
        return calls.evaluate(
                Proposal.of(
                        currentUser.get().signer(),
                        ChaincodeNames.LETTER_OF_CREDIT,
                        function,
                        args),
                type);
    }
}
