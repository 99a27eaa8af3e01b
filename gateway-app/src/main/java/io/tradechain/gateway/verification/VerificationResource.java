package io.tradechain.gateway.verification;

import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.Page;
import io.tradechain.gateway.http.ChaincodeCalls;
import io.tradechain.gateway.http.Evaluation;
import io.tradechain.gateway.http.Pages;
import io.tradechain.gateway.http.ReasonBody;
import io.tradechain.gateway.http.WriteResult;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.security.ApiUser;
import io.tradechain.gateway.security.CurrentUser;
import io.tradechain.gateway.security.Roles;
import io.tradechain.verification.Authorisation;
import io.tradechain.verification.BatchVerification;
import io.tradechain.verification.Document;
import io.tradechain.verification.DocumentView;
import io.tradechain.verification.LockReceipt;
import io.tradechain.verification.StoredDocument;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Invoice and customs-declaration verification over HTTP: each call is one function of the {@code
 * verification} chaincode. Document fields travel to the chaincode in the transient map only, never
 * as arguments.
 */
@Path("/api/v1/verification")
@Tag(
        name = "Verification",
        description =
                "Invoices and customs declarations: registration by the authority, "
                        + "verification (验真), locks against double financing, enterprise authorisations")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VerificationResource {
    private static final String DOCUMENT_ID = "[0-9a-f]{64}";
    private static final String CODE = "[0-9A-Za-z]{18}";
    private static final String REF = "[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}";
    private static final String PAGE_SIZE = "[1-9][0-9]{0,2}";
    private static final String CSV_EXAMPLE =
            """
            type,invoiceCode,invoiceNumber,checkCode,sellerCode,buyerCode,currency,amount,tax,issueDate,\
            declarationNumber,exporterCode,declarationDate
            INVOICE,3205194130,04471203,73920184652018374651,91320505MA1W3KT8XR,91310115MA1K4HQ27W,CNY,\
            8849557.52,1150442.48,2026-09-18,,,
            CUSTOMS_DECLARATION,,,,,,USD,1250000.00,,,531620260000418205,91440300MA5G2XU03D,2026-10-12
            """;

    private final ChaincodeCalls calls;
    private final CurrentUser currentUser;
    private final String chaincode;

    public VerificationResource(ChaincodeCalls calls, CurrentUser currentUser) {
        this.calls = calls;
        this.currentUser = currentUser;
        this.chaincode = ChaincodeNames.VERIFICATION;
    }

    // ---- the authority
    // -------------------------------------------------------------------------------------

    @POST
    @Path("/invoices")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary = "Register a VAT invoice (tax bureau)",
            description =
                    "The fields stay private to the "
                            + "authority and the regulator; the ledger keeps the document's hash, status and financeable balance "
                            + "(amount + tax). 409 DOCUMENT_ALREADY_REGISTERED for an invoice registered before.")
    @Extension(name = WriteResult.CREATES_EXTENSION, value = "true")
    public CompletionStage<RestResponse<WriteResult<Document>>> registerInvoice(
            @Valid
                    @NotNull
                    @RequestBody(
                            content =
                                    @Content(
                                            examples =
                                                    @ExampleObject(
                                                            name = "invoice",
                                                            summary =
                                                                    "an invoice the demo data lacks "
                                                                            + "(the demo's are registered already: DOCUMENT_ALREADY_REGISTERED)",
                                                            value =
                                                                    "{\"invoiceCode\":"
                                                                            + "\"3205194130\",\"invoiceNumber\":\"04471299\",\"checkCode\":\"73920184652018379901\","
                                                                            + "\"sellerCode\":\"91320505MA1W3KT8XR\",\"buyerCode\":\"91310115MA1K4HQ27W\",\"amount\":"
                                                                            + "{\"currency\":\"CNY\",\"minorUnits\":100000000},\"tax\":{\"currency\":\"CNY\","
                                                                            + "\"minorUnits\":13000000},\"issueDate\":\"2026-10-30\"}")))
                    DocumentBody invoice) {
        return WriteResult.created(
                submit(writer(), "RegisterInvoice", "invoice", invoice), VerificationResource::at);
    }

    @POST
    @Path("/declarations")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Register an export customs declaration (customs)")
    @Extension(name = WriteResult.CREATES_EXTENSION, value = "true")
    public CompletionStage<RestResponse<WriteResult<Document>>> registerDeclaration(
            @Valid
                    @NotNull
                    @RequestBody(
                            content =
                                    @Content(
                                            examples =
                                                    @ExampleObject(
                                                            name = "declaration",
                                                            value =
                                                                    "{\"declarationNumber\":\"531620260000418299\",\"exporterCode\":"
                                                                            + "\"91440300MA5G2XU03D\",\"amount\":{\"currency\":\"USD\",\"minorUnits\":125000000},"
                                                                            + "\"declarationDate\":\"2026-10-12\"}")))
                    DocumentBody declaration) {
        return WriteResult.created(
                submit(writer(), "RegisterDeclaration", "declaration", declaration),
                VerificationResource::at);
    }

    @POST
    @Path("/documents/{documentId}/void")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Void a document (authority): existing locks stay, new ones are refused")
    public CompletionStage<WriteResult<Document>> voidDocument(
            @PathParam("documentId") @Pattern(regexp = DOCUMENT_ID) String documentId,
            @Valid @NotNull ReasonBody body) {
        return calls.submit(
                Proposal.of(
                        writer().signer(), chaincode, "VoidDocument", documentId, body.reason()),
                Document.class);
    }

    // ---- verification
    // --------------------------------------------------------------------------------------

    @POST
    @Path("/verify")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(
            summary = "Verify 1 to 500 documents (banks, authority, regulator)",
            description =
                    "Per document: "
                            + "AUTHENTIC (with face value and balance), MISMATCH (with the classes of fields that differ: "
                            + "CHECK_CODE, PARTIES, AMOUNTS, DATES; never the authority's values), VOIDED or UNKNOWN. Nothing is "
                            + "written to the ledger.")
    @APIResponse(
            responseCode = "200",
            description = "Counts per outcome and one result per document, in order")
    @Evaluation
    @Extension(name = Evaluation.OPENAPI_EXTENSION, value = "true")
    public BatchVerification verifyDocuments(@Valid @NotNull BatchBody batch) {
        return verifyAll(batch.documents());
    }

    @POST
    @Path("/verify")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(
            summary = "Verify 1 to 500 documents uploaded as CSV",
            description =
                    "Header line naming the "
                            + "columns (type, invoiceCode, invoiceNumber, checkCode, sellerCode, buyerCode, currency, amount, tax, "
                            + "issueDate, declarationNumber, exporterCode, declarationDate; any order), one document per line, "
                            + "amounts as decimals in the currency's major unit. Errors name the line and column (INVALID_CSV).")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "text/csv",
                            examples = @ExampleObject(name = "mixed", value = CSV_EXAMPLE)))
    @Evaluation
    @Extension(name = Evaluation.OPENAPI_EXTENSION, value = "true")
    public BatchVerification verifyDocumentsCsv(String csv) {
        return verifyAll(VerificationCsv.parse(csv));
    }

    private BatchVerification verifyAll(List<DocumentBody> documents) {
        Proposal proposal =
                Proposal.of(currentUser.get().signer(), chaincode, "Verify")
                        .withTransient("documents", CanonicalJson.toBytes(documents));
        return calls.evaluate(proposal, BatchVerification.class);
    }

    // ---- financing locks (banks)
    // ---------------------------------------------------------------------------

    @POST
    @Path("/locks")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary = "Lock an amount of a document for a financing (banks)",
            description =
                    "The document's "
                            + "fields must verify (proof of possession); refused for a blacklisted seller or exporter "
                            + "(PARTY_BLACKLISTED), beyond the face value (OVER_FINANCING) or beyond what other financings left "
                            + "(DUPLICATE_FINANCING), whichever bank asks: 422 OVER_FINANCING, DUPLICATE_FINANCING, "
                            + "DOCUMENT_MISMATCH, PARTY_BLACKLISTED.")
    @Extension(name = WriteResult.CREATES_EXTENSION, value = "true")
    public CompletionStage<RestResponse<WriteResult<LockReceipt>>> lockAmount(
            @Valid @NotNull LockBody body) {
        Proposal proposal =
                Proposal.of(
                                writer().signer(),
                                chaincode,
                                "LockAmount",
                                body.financingRef(),
                                CanonicalJson.toJson(body.amount()))
                        .withTransient("document", CanonicalJson.toBytes(body.document()));
        return WriteResult.created(
                calls.submit(proposal, LockReceipt.class),
                written ->
                        "/api/v1/verification/documents/"
                                + written.result().document().documentId());
    }

    @POST
    @Path("/documents/{documentId}/locks/{financingRef}/release")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary =
                    "Release a lock when its financing is cancelled (the locking bank); the balance returns")
    public CompletionStage<WriteResult<LockReceipt>> releaseLock(
            @PathParam("documentId") @Pattern(regexp = DOCUMENT_ID) String documentId,
            @PathParam("financingRef") @Pattern(regexp = REF) String financingRef,
            @Valid @NotNull ReasonBody body) {
        return calls.submit(
                Proposal.of(
                        writer().signer(),
                        chaincode,
                        "ReleaseLock",
                        documentId,
                        financingRef,
                        body.reason()),
                LockReceipt.class);
    }

    @POST
    @Path("/documents/{documentId}/locks/{financingRef}/repayments")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary = "Record a repayment on a lock (the locking bank); REPAID once fully repaid")
    public CompletionStage<WriteResult<LockReceipt>> recordRepayment(
            @PathParam("documentId") @Pattern(regexp = DOCUMENT_ID) String documentId,
            @PathParam("financingRef") @Pattern(regexp = REF) String financingRef,
            @Valid @NotNull RepaymentBody body) {
        return calls.submit(
                Proposal.of(
                        writer().signer(),
                        chaincode,
                        "RecordRepayment",
                        documentId,
                        financingRef,
                        CanonicalJson.toJson(body.amount())),
                LockReceipt.class);
    }

    // ---- reads
    // ---------------------------------------------------------------------------------------------

    @GET
    @Path("/documents/{documentId}")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(
            summary = "A document's public record and its locks",
            description =
                    "The authority, the "
                            + "regulator, the owner (seller or exporter), a bank with a live authorisation from the owner, or a "
                            + "bank holding a lock on it; 403 AUTHORISATION_REQUIRED, AUTHORISATION_EXPIRED, AUTHORISATION_REVOKED or "
                            + "ACCESS_DENIED otherwise.")
    public DocumentView getDocument(
            @PathParam("documentId") @Pattern(regexp = DOCUMENT_ID) String documentId) {
        return calls.evaluate(
                Proposal.of(currentUser.get().signer(), chaincode, "GetDocument", documentId),
                DocumentView.class);
    }

    @GET
    @Path("/documents/{documentId}/fields")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "The authority's copy of a document (authority and regulator)")
    public StoredDocument getDocumentFields(
            @PathParam("documentId") @Pattern(regexp = DOCUMENT_ID) String documentId) {
        return calls.evaluate(
                Proposal.of(currentUser.get().signer(), chaincode, "GetDocumentFields", documentId),
                StoredDocument.class);
    }

    @GET
    @Path("/parties/{creditCode}/documents")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "A party's documents, a page at a time (as for one document)")
    public Page<Document> listDocuments(
            @PathParam("creditCode") @Pattern(regexp = CODE) String creditCode,
            @QueryParam("pageSize") @Pattern(regexp = PAGE_SIZE) String pageSize,
            @QueryParam("bookmark") String bookmark) {
        return calls.page(
                Proposal.of(
                        currentUser.get().signer(),
                        chaincode,
                        "ListDocuments",
                        creditCode,
                        pageSize == null ? "" : pageSize,
                        bookmark == null ? "" : bookmark),
                Document.class);
    }

    // ---- authorisations (enterprises)
    // ----------------------------------------------------------------------

    @POST
    @Path("/authorisations")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(
            summary = "Let a bank query your party's documents until a date (enterprises, 授权查证)",
            description =
                    "Replaces an earlier authorisation of the same bank. At most 366 days ahead.")
    @Extension(name = WriteResult.CREATES_EXTENSION, value = "true")
    public CompletionStage<RestResponse<WriteResult<Authorisation>>> authoriseBank(
            @Valid @NotNull AuthorisationBody body) {
        ApiUser user = writer();
        return WriteResult.created(
                calls.submit(
                        Proposal.of(
                                user.signer(),
                                chaincode,
                                "AuthoriseBank",
                                body.bankMsp(),
                                body.expiresOn()),
                        Authorisation.class),
                written -> "/api/v1/verification/parties/" + user.partyCode() + "/authorisations");
    }

    @POST
    @Path("/authorisations/{bankMsp}/revocation")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Withdraw your party's authorisation of a bank (enterprises)")
    public CompletionStage<WriteResult<Authorisation>> revokeAuthorisation(
            @PathParam("bankMsp") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9.-]{0,63}")
                    String bankMsp) {
        return calls.submit(
                Proposal.of(writer().signer(), chaincode, "RevokeAuthorisation", bankMsp),
                Authorisation.class);
    }

    @GET
    @Path("/parties/{creditCode}/authorisations")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(
            summary =
                    "A party's authorisations as of today (the party and the regulator: all; a bank: its own)",
            description = "A page at a time; pass the bookmark back for the next.")
    public Page<Authorisation> listAuthorisations(
            @PathParam("creditCode") @Pattern(regexp = CODE) String creditCode,
            @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize,
            @QueryParam("bookmark") @DefaultValue("") String bookmark) {
        List<Authorisation> all =
                calls.evaluate(
                        Proposal.of(
                                currentUser.get().signer(),
                                chaincode,
                                "ListAuthorisations",
                                creditCode),
                        calls.types().constructCollectionType(List.class, Authorisation.class));
        return Pages.slice(all, pageSize, bookmark, List.of("authorisations", creditCode));
    }

    private ApiUser writer() {
        return currentUser.writer();
    }

    private CompletionStage<WriteResult<Document>> submit(
            ApiUser user, String function, String transientKey, DocumentBody fields) {
        return calls.submit(
                Proposal.of(user.signer(), chaincode, function)
                        .withTransient(transientKey, CanonicalJson.toBytes(fields)),
                Document.class);
    }

    private static String at(WriteResult<Document> written) {
        return "/api/v1/verification/documents/" + written.result().documentId();
    }
}
