package io.tradechain.gateway.verification;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.gateway.error.ErrorBody;
import io.tradechain.gateway.http.Evaluation;
import io.tradechain.gateway.http.ReasonBody;
import io.tradechain.gateway.http.WriteResult;
import io.tradechain.gateway.http.ChaincodeCalls;
import io.tradechain.chaincode.common.ChaincodeNames;
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
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Invoice and customs-declaration verification over HTTP: each call is one function of the {@code verification}
 * chaincode. Document fields travel to the chaincode in the transient map only, never as arguments.
 */
@Path("/api/v1/verification")
@Tag(name = "Verification", description = "Invoices and customs declarations: registration by the authority, "
        + "verification (验真), locks against double financing, enterprise authorisations")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VerificationResource {
    private static final String DOCUMENT_ID = "[0-9a-f]{64}";
    private static final String CODE = "[0-9A-Za-z]{18}";
    private static final String REF = "[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}";
    private static final String PAGE_SIZE = "[1-9][0-9]{0,2}";
    private static final String CSV_EXAMPLE = """
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

    // ---- the authority -------------------------------------------------------------------------------------

    @POST
    @Path("/invoices")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Register a VAT invoice (tax bureau)", description = "The fields stay private to the "
            + "authority and the regulator; the ledger keeps the document's hash, status and financeable balance "
            + "(amount + tax).")
    @APIResponse(responseCode = "201", description = "Committed; the result is the document's public record",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    @APIResponse(responseCode = "409", description = "DOCUMENT_ALREADY_REGISTERED",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public CompletionStage<Response> registerInvoice(@Valid @NotNull DocumentBody invoice) {
        return WriteResult.created(submit(writer(), "RegisterInvoice", "invoice", invoice));
    }

    @POST
    @Path("/declarations")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Register an export customs declaration (customs)")
    @APIResponse(responseCode = "201", description = "Committed",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    public CompletionStage<Response> registerDeclaration(@Valid @NotNull @RequestBody(content = @Content(examples = @ExampleObject(
            name = "declaration", value = "{\"declarationNumber\":\"531620260000418205\",\"exporterCode\":"
                    + "\"91440300MA5G2XU03D\",\"amount\":{\"currency\":\"USD\",\"minorUnits\":125000000},"
                    + "\"declarationDate\":\"2026-10-12\"}"))) DocumentBody declaration) {
        return WriteResult.created(submit(writer(), "RegisterDeclaration", "declaration", declaration));
    }

    @POST
    @Path("/documents/{documentId}/void")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Void a document (authority): existing locks stay, new ones are refused")
    public CompletionStage<WriteResult> voidDocument(@PathParam("documentId") @Pattern(regexp = DOCUMENT_ID) String documentId,
            @Valid @NotNull ReasonBody body) {
        return calls.submit(Proposal.of(writer().signer(), chaincode, "VoidDocument", documentId, body.reason()));
    }

    // ---- verification --------------------------------------------------------------------------------------

    @POST
    @Path("/verify")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "Verify 1 to 500 documents (banks, authority, regulator)", description = "Per document: "
            + "AUTHENTIC (with face value and balance), MISMATCH (with the classes of fields that differ: "
            + "CHECK_CODE, PARTIES, AMOUNTS, DATES; never the authority's values), VOIDED or UNKNOWN. Nothing is "
            + "written to the ledger.")
    @APIResponse(responseCode = "200", description = "Counts per outcome and one result per document, in order")
    @Evaluation
    @Extension(name = Evaluation.OPENAPI_EXTENSION, value = "true")
    public JsonNode verify(@Valid @NotNull BatchBody batch) {
        return verifyAll(batch.documents());
    }

    @POST
    @Path("/verify")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "Verify 1 to 500 documents uploaded as CSV", description = "Header line naming the "
            + "columns (type, invoiceCode, invoiceNumber, checkCode, sellerCode, buyerCode, currency, amount, tax, "
            + "issueDate, declarationNumber, exporterCode, declarationDate; any order), one document per line, "
            + "amounts as decimals in the currency's major unit. Errors name the line and column (INVALID_CSV).")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "mixed",
            value = CSV_EXAMPLE)))
    @Evaluation
    @Extension(name = Evaluation.OPENAPI_EXTENSION, value = "true")
    public JsonNode verifyCsv(String csv) {
        return verifyAll(VerificationCsv.parse(csv));
    }

    private JsonNode verifyAll(List<DocumentBody> documents) {
        Proposal proposal = Proposal.of(currentUser.get().signer(), chaincode, "Verify")
                .withTransient("documents", CanonicalJson.toBytes(documents));
        return calls.evaluate(proposal);
    }

    // ---- financing locks (banks) ---------------------------------------------------------------------------

    @POST
    @Path("/locks")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Lock an amount of a document for a financing (banks)", description = "The document's "
            + "fields must verify (proof of possession); refused for a blacklisted seller or exporter "
            + "(PARTY_BLACKLISTED), beyond the face value (OVER_FINANCING) or beyond what other financings left "
            + "(DUPLICATE_FINANCING), whichever bank asks.")
    @APIResponse(responseCode = "201", description = "Committed: the lock and the document after it",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    @APIResponse(responseCode = "422", description = "OVER_FINANCING, DUPLICATE_FINANCING, DOCUMENT_MISMATCH, "
            + "PARTY_BLACKLISTED", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public CompletionStage<Response> lock(@Valid @NotNull LockBody body) {
        Proposal proposal = Proposal.of(writer().signer(), chaincode, "LockAmount", body.financingRef(),
                CanonicalJson.toJson(body.amount())).withTransient("document", CanonicalJson.toBytes(body.document()));
        return WriteResult.created(calls.submit(proposal));
    }

    @POST
    @Path("/documents/{documentId}/locks/{financingRef}/release")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Release a lock when its financing is cancelled (the locking bank); the balance returns")
    public CompletionStage<WriteResult> release(@PathParam("documentId") @Pattern(regexp = DOCUMENT_ID) String documentId,
            @PathParam("financingRef") @Pattern(regexp = REF) String financingRef, @Valid @NotNull ReasonBody body) {
        return calls.submit(Proposal.of(writer().signer(), chaincode, "ReleaseLock", documentId, financingRef,
                body.reason()));
    }

    @POST
    @Path("/documents/{documentId}/locks/{financingRef}/repayments")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record a repayment on a lock (the locking bank); REPAID once fully repaid")
    public CompletionStage<WriteResult> repay(@PathParam("documentId") @Pattern(regexp = DOCUMENT_ID) String documentId,
            @PathParam("financingRef") @Pattern(regexp = REF) String financingRef,
            @Valid @NotNull RepaymentBody body) {
        return calls.submit(Proposal.of(writer().signer(), chaincode, "RecordRepayment", documentId, financingRef,
                CanonicalJson.toJson(body.amount())));
    }

    // ---- reads ---------------------------------------------------------------------------------------------

    @GET
    @Path("/documents/{documentId}")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "A document's public record and its locks", description = "The authority, the "
            + "regulator, the owner (seller or exporter), a bank with a live authorisation from the owner, or a "
            + "bank holding a lock on it.")
    @APIResponse(responseCode = "403", description = "AUTHORISATION_REQUIRED, AUTHORISATION_EXPIRED, "
            + "AUTHORISATION_REVOKED, ACCESS_DENIED", content = @Content(schema = @Schema(
                    implementation = ErrorBody.class)))
    public JsonNode document(@PathParam("documentId") @Pattern(regexp = DOCUMENT_ID) String documentId) {
        return calls.evaluate(Proposal.of(currentUser.get().signer(), chaincode, "GetDocument", documentId));
    }

    @GET
    @Path("/documents/{documentId}/fields")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "The authority's copy of a document (authority and regulator)")
    public JsonNode fields(@PathParam("documentId") @Pattern(regexp = DOCUMENT_ID) String documentId) {
        return calls.evaluate(Proposal.of(currentUser.get().signer(), chaincode, "GetDocumentFields", documentId));
    }

    @GET
    @Path("/parties/{creditCode}/documents")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "A party's documents, a page at a time (as for one document)")
    public JsonNode documentsOf(@PathParam("creditCode") @Pattern(regexp = CODE) String creditCode,
            @QueryParam("pageSize") @Pattern(regexp = PAGE_SIZE) String pageSize,
            @QueryParam("bookmark") String bookmark) {
        return calls.evaluate(Proposal.of(currentUser.get().signer(), chaincode, "ListDocuments", creditCode,
                pageSize == null ? "" : pageSize, bookmark == null ? "" : bookmark));
    }

    // ---- authorisations (enterprises) ----------------------------------------------------------------------

    @POST
    @Path("/authorisations")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Let a bank query your party's documents until a date (enterprises, 授权查证)",
            description = "Replaces an earlier authorisation of the same bank. At most 366 days ahead.")
    @APIResponse(responseCode = "201", description = "Committed",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    public CompletionStage<Response> authorise(@Valid @NotNull AuthorisationBody body) {
        return WriteResult.created(calls.submit(Proposal.of(writer().signer(), chaincode, "AuthoriseBank", body.bankMsp(),
                body.expiresOn())));
    }

    @POST
    @Path("/authorisations/{bankMsp}/revocation")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Withdraw your party's authorisation of a bank (enterprises)")
    public CompletionStage<WriteResult> revoke(@PathParam("bankMsp") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9.-]{0,63}")
            String bankMsp) {
        return calls.submit(Proposal.of(writer().signer(), chaincode, "RevokeAuthorisation", bankMsp));
    }

    @GET
    @Path("/parties/{creditCode}/authorisations")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "A party's authorisations as of today (the party and the regulator: all; a bank: its own)")
    public JsonNode authorisations(@PathParam("creditCode") @Pattern(regexp = CODE) String creditCode) {
        return calls.evaluate(Proposal.of(currentUser.get().signer(), chaincode, "ListAuthorisations", creditCode));
    }

    private ApiUser writer() {
        return currentUser.writer();
    }

    private CompletionStage<WriteResult> submit(ApiUser user, String function, String transientKey, DocumentBody fields) {
        return calls.submit(Proposal.of(user.signer(), chaincode, function)
                .withTransient(transientKey, CanonicalJson.toBytes(fields)));
    }
}
