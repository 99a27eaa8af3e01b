package io.tradechain.gateway.receivables;

import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.Page;
import io.tradechain.gateway.http.ChaincodeCalls;
import io.tradechain.gateway.http.WriteResult;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.security.CurrentUser;
import io.tradechain.gateway.security.Roles;
import io.tradechain.gateway.verification.DocumentBody;
import io.tradechain.receivables.CreditLine;
import io.tradechain.receivables.FinancingRequest;
import io.tradechain.receivables.FinancingTerms;
import io.tradechain.receivables.LinePricing;
import io.tradechain.receivables.Piece;
import io.tradechain.receivables.RootCertificate;
import io.tradechain.receivables.SettlementPage;
import io.tradechain.receivables.Trace;
import io.tradechain.receivables.TransferResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import java.util.ArrayList;
import java.util.List;
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
 * The receivables chain over HTTP: each call is one function of the {@code receivables} chaincode.
 */
@Path("/api/v1/receivables")
@Tag(
        name = "Receivables",
        description =
                "Credit lines and digital receivable certificates (数字债权凭证): issue, "
                        + "accept, split and transfer to any tier, finance at the funder bank, settle at maturity, trace")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReceivablesResource {
    private static final String TX_ID = "[0-9a-f]{64}";
    private static final String PIECE_ID = "[0-9a-f]{64}(-[12])?";
    private static final String LINE_ID = "[A-Za-z0-9.-]{1,64}:[0-9A-Za-z]{18}";

    private static final int MAX_TREE = 10_000;

    private final ChaincodeCalls calls;
    private final CurrentUser currentUser;

    public ReceivablesResource(ChaincodeCalls calls, CurrentUser currentUser) {
        this.calls = calls;
        this.currentUser = currentUser;
    }

    // ---- credit lines (banks)
    // ------------------------------------------------------------------------------

    @POST
    @Path("/lines")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Grant a core enterprise a credit line (banks)")
    @Extension(name = WriteResult.CREATES_EXTENSION, value = "true")
    public CompletionStage<RestResponse<WriteResult<CreditLine>>> grantCreditLine(
            @Valid @NotNull Bodies.LineBody body) {
        Proposal proposal =
                Proposal.of(
                        currentUser.writer().signer(),
                        ChaincodeNames.RECEIVABLES,
                        "GrantCreditLine",
                        body.debtorCode(),
                        CanonicalJson.toJson(body.limit()),
                        body.expiresOn());
        if (body.pricing() != null) {
            proposal = proposal.withTransient("pricing", CanonicalJson.toBytes(body.pricing()));
        }
        return WriteResult.created(
                calls.submit(proposal, CreditLine.class),
                written -> "/api/v1/receivables/lines/" + written.result().lineId());
    }

    @POST
    @Path("/lines/{lineId}/pricing")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary =
                    "Set a line's pricing (the funder): rate and fee for financings that state no terms",
            description = "Travels as transient data; financings approved before keep their terms.")
    public CompletionStage<WriteResult<CreditLine>> setLinePricing(
            @PathParam("lineId") @Pattern(regexp = LINE_ID) String lineId,
            @Valid @NotNull Bodies.PricingBody body) {
        return calls.submit(
                Proposal.of(
                                currentUser.writer().signer(),
                                ChaincodeNames.RECEIVABLES,
                                "SetLinePricing",
                                lineId)
                        .withTransient("pricing", CanonicalJson.toBytes(body)),
                CreditLine.class);
    }

    @GET
    @Path("/lines/{lineId}/pricing")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(
            summary =
                    "A line's pricing (the funder, the debtor, the regulator); PRICING_NOT_SET when none")
    public LinePricing getLinePricing(
            @PathParam("lineId") @Pattern(regexp = LINE_ID) String lineId) {
        return evaluate(LinePricing.class, "GetLinePricing", lineId);
    }

    @POST
    @Path("/lines/{lineId}/limit")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Change a line's limit (the funder); never below what is used")
    public CompletionStage<WriteResult<CreditLine>> adjustCreditLine(
            @PathParam("lineId") @Pattern(regexp = LINE_ID) String lineId,
            @Valid @NotNull Bodies.LimitBody body) {
        return submit(
                CreditLine.class, "AdjustCreditLine", lineId, CanonicalJson.toJson(body.limit()));
    }

    @POST
    @Path("/lines/{lineId}/freeze")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Freeze a line (the funder): no new certificate")
    public CompletionStage<WriteResult<CreditLine>> freezeCreditLine(
            @PathParam("lineId") @Pattern(regexp = LINE_ID) String lineId) {
        return submit(CreditLine.class, "FreezeCreditLine", lineId);
    }

    @POST
    @Path("/lines/{lineId}/unfreeze")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Unfreeze a line (the funder)")
    public CompletionStage<WriteResult<CreditLine>> unfreezeCreditLine(
            @PathParam("lineId") @Pattern(regexp = LINE_ID) String lineId) {
        return submit(CreditLine.class, "UnfreezeCreditLine", lineId);
    }

    @GET
    @Path("/lines/{lineId}")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(
            summary =
                    "A credit line: limit, used, status (the funder, the enterprise, the regulator)")
    public CreditLine getCreditLine(@PathParam("lineId") @Pattern(regexp = LINE_ID) String lineId) {
        return evaluate(CreditLine.class, "GetCreditLine", lineId);
    }

    // ---- certificates
    // ---------------------------------------------------------------------------------------

    @POST
    @Path("/certificates")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary =
                    "Issue a certificate to a tier-1 supplier against a line (the core enterprise)",
            description =
                    "Uses the line; maturity at most one year ahead; the invoice of the trade (the supplier to "
                            + "the core enterprise) must be AUTHENTIC in the verification chaincode and cover the amount; its "
                            + "fields travel as transient data only. The supplier accepts or rejects the certificate.")
    @Extension(name = WriteResult.CREATES_EXTENSION, value = "true")
    public CompletionStage<RestResponse<WriteResult<RootCertificate>>> issueCertificate(
            @Valid @NotNull Bodies.IssueBody body) {
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
        Bodies.IssueBody request =
                new Bodies.IssueBody(
                        body.lineId(),
                        body.supplierCode(),
                        body.amount(),
                        body.maturityDate(),
                        body.contractRef(),
                        body.invoiceDocumentId(),
                        null);
        Proposal proposal =
                Proposal.of(
                                currentUser.writer().signer(),
                                ChaincodeNames.RECEIVABLES,
                                "IssueCertificate",
                                CanonicalJson.toJson(request))
                        .withTransient("documents", CanonicalJson.toBytes(List.of(typed)));
        return WriteResult.created(
                calls.submit(proposal, RootCertificate.class),
                written -> "/api/v1/receivables/certificates/" + written.result().rootId());
    }

    @POST
    @Path("/certificates/{rootId}/acceptance")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Accept (签收) a certificate issued to your party: the debt is confirmed")
    public CompletionStage<WriteResult<RootCertificate>> acceptCertificate(
            @PathParam("rootId") @Pattern(regexp = TX_ID) String rootId) {
        return submit(RootCertificate.class, "AcceptCertificate", rootId);
    }

    @POST
    @Path("/certificates/{rootId}/rejection")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Reject a certificate issued to your party; the line is given back")
    public CompletionStage<WriteResult<RootCertificate>> rejectCertificate(
            @PathParam("rootId") @Pattern(regexp = TX_ID) String rootId) {
        return submit(RootCertificate.class, "RejectCertificate", rootId);
    }

    @POST
    @Path("/certificates/{rootId}/cancellation")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Cancel a certificate before acceptance (the core enterprise)")
    public CompletionStage<WriteResult<RootCertificate>> cancelCertificate(
            @PathParam("rootId") @Pattern(regexp = TX_ID) String rootId) {
        return submit(RootCertificate.class, "CancelCertificate", rootId);
    }

    @POST
    @Path("/certificates/{rootId}/settlement")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary =
                    "Pay up to pageSize live pieces to their holders (the core enterprise, at maturity)",
            description =
                    "Repeat until `complete` is true; the last page settles the certificate and gives the line "
                            + "back.")
    public CompletionStage<WriteResult<SettlementPage>> settleCertificate(
            @PathParam("rootId") @Pattern(regexp = TX_ID) String rootId,
            @QueryParam("pageSize") @DefaultValue("100") @Pattern(regexp = "[1-9][0-9]{0,2}")
                    String pageSize) {
        return submit(SettlementPage.class, "SettleCertificate", rootId, pageSize);
    }

    @POST
    @Path("/certificates/{rootId}/overdue")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary =
                    "Mark an unpaid certificate overdue after maturity (the funder); freezes the line")
    public CompletionStage<WriteResult<RootCertificate>> markOverdue(
            @PathParam("rootId") @Pattern(regexp = TX_ID) String rootId) {
        return submit(RootCertificate.class, "MarkOverdue", rootId);
    }

    @GET
    @Path("/certificates/{rootId}")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(
            summary = "A certificate: debtor, funder, face value, settled, status, maturity, trade")
    public RootCertificate getCertificate(
            @PathParam("rootId") @Pattern(regexp = TX_ID) String rootId) {
        return evaluate(RootCertificate.class, "GetCertificate", rootId);
    }

    @GET
    @Path("/certificates/{rootId}/tree")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Produces({MediaType.APPLICATION_JSON, "text/vnd.mermaid", MediaType.TEXT_PLAIN})
    @Operation(
            summary = "Where the money went: the certificate's tree of pieces",
            description =
                    "JSON: the root piece with nested children. `?format=mermaid`: a Mermaid flowchart (holder, "
                            + "amount, status per box) to paste into a Mermaid viewer. At most "
                            + MAX_TREE
                            + " pieces.")
    @APIResponse(
            responseCode = "200",
            description = "The root piece with nested children, or a Mermaid flowchart",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = PieceNode.class)),
                @Content(
                        mediaType = "text/vnd.mermaid",
                        schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = MediaType.TEXT_PLAIN,
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response getCertificateTree(
            @PathParam("rootId") @Pattern(regexp = TX_ID) String rootId,
            @QueryParam("format") @DefaultValue("json") @Pattern(regexp = "json|mermaid")
                    String format) {
        List<Piece> all = new ArrayList<>();
        String bookmark = "";
        do {
            Page<Piece> page =
                    calls.page(
                            Proposal.of(
                                    currentUser.get().signer(),
                                    ChaincodeNames.RECEIVABLES,
                                    "ListPieces",
                                    rootId,
                                    "200",
                                    bookmark),
                            Piece.class);
            all.addAll(page.items());
            bookmark = page.bookmark();
        } while (!bookmark.isEmpty() && all.size() < MAX_TREE);
        CertificateTree tree = new CertificateTree(all);
        if ("mermaid".equals(format)) {
            return Response.ok(tree.toMermaid(), "text/vnd.mermaid").build();
        }
        return Response.ok(tree.toNode(), MediaType.APPLICATION_JSON).build();
    }

    // ---- pieces
    // ---------------------------------------------------------------------------------------------

    @POST
    @Path("/pieces/{pieceId}/transfers")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary = "Give any part of a piece you hold to a registered party (拆分流转)",
            description =
                    "The piece is spent; the recipient gets a new piece and you keep the rest as another.")
    public CompletionStage<WriteResult<TransferResult>> transferPiece(
            @PathParam("pieceId") @Pattern(regexp = PIECE_ID) String pieceId,
            @Valid @NotNull Bodies.TransferBody body) {
        return submit(
                TransferResult.class,
                "TransferPiece",
                pieceId,
                body.recipientCode(),
                CanonicalJson.toJson(body.amount()));
    }

    @GET
    @Path("/pieces/{pieceId}/trace")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(
            summary =
                    "Trace a piece (溯源): the certificate with its trade and every hop from the root")
    public Trace tracePiece(@PathParam("pieceId") @Pattern(regexp = PIECE_ID) String pieceId) {
        return evaluate(Trace.class, "TracePiece", pieceId);
    }

    @GET
    @Path("/parties/{creditCode}/holdings")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(
            summary =
                    "A party's live pieces, a page at a time (the party itself and the regulator)")
    public Page<Piece> listHoldings(
            @PathParam("creditCode") @Pattern(regexp = Bodies.CODE) String creditCode,
            @QueryParam("pageSize") @Pattern(regexp = "[1-9][0-9]{0,2}") String pageSize,
            @QueryParam("bookmark") String bookmark) {
        return calls.page(
                Proposal.of(
                        currentUser.get().signer(),
                        ChaincodeNames.RECEIVABLES,
                        "ListHoldings",
                        creditCode,
                        pageSize == null ? "" : pageSize,
                        bookmark == null ? "" : bookmark),
                Piece.class);
    }

    // ---- financing
    // ------------------------------------------------------------------------------------------

    @POST
    @Path("/pieces/{pieceId}/financing")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary =
                    "Offer part or all of a piece for financing at the line's funder bank (the holder)")
    @Extension(name = WriteResult.CREATES_EXTENSION, value = "true")
    public CompletionStage<RestResponse<WriteResult<FinancingRequest>>> requestFinancing(
            @PathParam("pieceId") @Pattern(regexp = PIECE_ID) String pieceId,
            @Valid @NotNull Bodies.AmountBody body) {
        return WriteResult.created(
                submit(
                        FinancingRequest.class,
                        "RequestFinancing",
                        pieceId,
                        CanonicalJson.toJson(body.amount())),
                written -> "/api/v1/receivables/financings/" + written.result().requestId());
    }

    @POST
    @Path("/financings/{requestId}/approval")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary = "Approve a financing (the funder bank)",
            description =
                    "Checks the blacklist, locks the "
                            + "financed amount on the certificate's invoice (verification), records the private terms; the bank "
                            + "becomes the holder.")
    public CompletionStage<WriteResult<FinancingRequest>> approveFinancing(
            @PathParam("requestId") @Pattern(regexp = TX_ID) String requestId,
            @Valid @NotNull Bodies.ApprovalBody body) {
        Proposal proposal =
                Proposal.of(
                                currentUser.writer().signer(),
                                ChaincodeNames.RECEIVABLES,
                                "ApproveFinancing",
                                requestId)
                        .withTransient("document", CanonicalJson.toBytes(body.document()));
        if (body.terms() != null) {
            proposal = proposal.withTransient("terms", CanonicalJson.toBytes(body.terms()));
        }
        return calls.submit(proposal, FinancingRequest.class);
    }

    @POST
    @Path("/financings/{requestId}/refusal")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Refuse a financing (the funder bank); the piece is live again")
    public CompletionStage<WriteResult<FinancingRequest>> refuseFinancing(
            @PathParam("requestId") @Pattern(regexp = TX_ID) String requestId,
            @Valid @NotNull io.tradechain.gateway.http.ReasonBody body) {
        return submit(FinancingRequest.class, "RefuseFinancing", requestId, body.reason());
    }

    @GET
    @Path("/financings/{requestId}")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "A financing request (public part)")
    public FinancingRequest getFinancing(
            @PathParam("requestId") @Pattern(regexp = TX_ID) String requestId) {
        return evaluate(FinancingRequest.class, "GetFinancing", requestId);
    }

    @GET
    @Path("/financings/{requestId}/terms")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(
            summary =
                    "The private terms of a financing (the funder bank, the holder, the regulator)")
    public FinancingTerms getFinancingTerms(
            @PathParam("requestId") @Pattern(regexp = TX_ID) String requestId) {
        return evaluate(FinancingTerms.class, "GetFinancingTerms", requestId);
    }

    private <T> CompletionStage<WriteResult<T>> submit(
            Class<T> type, String function, String... args) {
        return calls.submit(
                Proposal.of(
                        currentUser.writer().signer(), ChaincodeNames.RECEIVABLES, function, args),
                type);
    }

    private <T> T evaluate(Class<T> type, String function, String... args) {
        return calls.evaluate(
                Proposal.of(currentUser.get().signer(), ChaincodeNames.RECEIVABLES, function, args),
                type);
    }
}
