package io.tradechain.gateway.queues;

import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.Page;
import io.tradechain.gateway.http.ChaincodeCalls;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.security.CurrentUser;
import io.tradechain.gateway.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The back office's work queues, read-only and paged: what awaits a bank, what a bank or an
 * enterprise owns. Each list is a chaincode query over an index written when the listed state
 * changes; the chaincode decides, by the caller's identity, whose queue it may read: its own
 * organisation's (bank) or party's (enterprise), any for the regulator, who without a filter sees
 * every owner's at once.
 */
@Path("/api/v1/queues")
@Tag(
        name = "Work queues",
        description =
                "Paged back-office queues per role: {items, bookmark, fetchedCount}. 400 INVALID_REQUEST,"
                        + " INVALID_CURSOR or PAGE_SIZE_OUT_OF_RANGE for bad parameters; 403 ACCESS_DENIED for"
                        + " the queue of another bank or party")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
public class WorkQueueResource {
    static final String BANK = "Bank[0-9A-Za-z]{0,32}MSP";
    static final String CODE = "[0-9A-Za-z]{18}";
    static final String PAGE_SIZE = "[1-9][0-9]{0,2}";

    private final ChaincodeCalls calls;
    private final CurrentUser currentUser;

    public WorkQueueResource(ChaincodeCalls calls, CurrentUser currentUser) {
        this.calls = calls;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/financing-requests")
    @Operation(
            operationId = "listFinancingRequestQueue",
            summary = "Financing requests awaiting a bank's decision",
            description =
                    "The caller's own bank's; the regulator names a bank or, naming none, sees every bank's.")
    public Page<FinancingRequestItem> listFinancingRequestQueue(
            @QueryParam("bank") @Parameter(description = BANK_DOC) @Pattern(regexp = BANK)
                    String bank,
            @QueryParam("pageSize")
                    @Parameter(description = PAGE_SIZE_DOC)
                    @Pattern(regexp = PAGE_SIZE)
                    String pageSize,
            @QueryParam("bookmark") String bookmark) {
        return calls.page(
                receivables("ListPendingFinancings", bank, pageSize, bookmark),
                FinancingRequestItem.class);
    }

    @GET
    @Path("/credit-lines")
    @Operation(
            operationId = "listCreditLineQueue",
            summary = "A bank's credit lines",
            description =
                    "The caller's own bank's; the regulator names a bank or, naming none, sees every bank's.")
    public Page<CreditLineItem> listCreditLineQueue(
            @QueryParam("bank") @Parameter(description = BANK_DOC) @Pattern(regexp = BANK)
                    String bank,
            @QueryParam("pageSize")
                    @Parameter(description = PAGE_SIZE_DOC)
                    @Pattern(regexp = PAGE_SIZE)
                    String pageSize,
            @QueryParam("bookmark") String bookmark) {
        return calls.page(
                receivables("ListBankLines", bank, pageSize, bookmark), CreditLineItem.class);
    }

    @GET
    @Path("/funder-certificates")
    @Operation(
            operationId = "listFunderCertificateQueue",
            summary = "Certificates issued against a bank's lines",
            description =
                    "Every status. The caller's own bank's; the regulator names a bank or sees every bank's.")
    public Page<CertificateItem> listFunderCertificateQueue(
            @QueryParam("bank") @Parameter(description = BANK_DOC) @Pattern(regexp = BANK)
                    String bank,
            @QueryParam("pageSize")
                    @Parameter(description = PAGE_SIZE_DOC)
                    @Pattern(regexp = PAGE_SIZE)
                    String pageSize,
            @QueryParam("bookmark") String bookmark) {
        return calls.page(
                receivables("ListFunderCertificates", bank, pageSize, bookmark),
                CertificateItem.class);
    }

    @GET
    @Path("/debtor-certificates")
    @Operation(
            operationId = "listDebtorCertificateQueue",
            summary = "Certificates a core enterprise issued",
            description =
                    "Every status. The caller's own party's; the regulator names a debtor or, naming none, sees "
                            + "every debtor's.")
    public Page<CertificateItem> listDebtorCertificateQueue(
            @QueryParam("debtor")
                    @Parameter(
                            description =
                                    "Credit code of the "
                                            + "core enterprise; by default the caller's own party")
                    @Pattern(regexp = CODE)
                    String debtor,
            @QueryParam("pageSize")
                    @Parameter(description = PAGE_SIZE_DOC)
                    @Pattern(regexp = PAGE_SIZE)
                    String pageSize,
            @QueryParam("bookmark") String bookmark) {
        return calls.page(
                receivables("ListDebtorCertificates", debtor, pageSize, bookmark),
                CertificateItem.class);
    }

    @GET
    @Path("/locks")
    @Operation(
            operationId = "listLockQueue",
            summary = "The document locks a bank holds",
            description =
                    "Active (LOCKED) verification locks of the bank's financings, partly repaid included; "
                            + "released and fully repaid ones leave the queue. The caller's own bank's; the regulator names a "
                            + "bank or sees every bank's.")
    public Page<LockItem> listLockQueue(
            @QueryParam("bank") @Parameter(description = BANK_DOC) @Pattern(regexp = BANK)
                    String bank,
            @QueryParam("pageSize")
                    @Parameter(description = PAGE_SIZE_DOC)
                    @Pattern(regexp = PAGE_SIZE)
                    String pageSize,
            @QueryParam("bookmark") String bookmark) {
        return calls.page(
                evaluate(ChaincodeNames.VERIFICATION, "ListHeldLocks", bank, pageSize, bookmark),
                LockItem.class);
    }

    @GET
    @Path("/lc-actions")
    @Operation(
            operationId = "listLcActionQueue",
            summary = "Letters of credit awaiting a participant's action",
            description =
                    "Each L/C the participant takes part in that awaits something from one of its roles (issue, "
                            + "advise, examine, waive or refuse, accept, pay at maturity, decide an amendment, consent to a "
                            + "cancellation, mark expired, close...), derived from the L/C's state and the ledger's date. A "
                            + "page may hold fewer items than fetchedCount: L/Cs awaiting nothing from the participant are "
                            + "left out. The caller's own bank's or party's; the regulator names a participant or, naming "
                            + "none, sees every L/C awaiting anything.")
    public Page<LcQueueItem> listLcActionQueue(
            @QueryParam("participant")
                    @Parameter(
                            description =
                                    "A bank's MSP id or a party's "
                                            + "credit code; by default the caller's own")
                    @Pattern(regexp = BANK + "|" + CODE)
                    String participant,
            @QueryParam("pageSize")
                    @Parameter(description = PAGE_SIZE_DOC)
                    @Pattern(regexp = PAGE_SIZE)
                    String pageSize,
            @QueryParam("bookmark") String bookmark) {
        return calls.page(
                evaluate(
                        ChaincodeNames.LETTER_OF_CREDIT,
                        "ListAwaitingActions",
                        participant,
                        pageSize,
                        bookmark),
                LcQueueItem.class);
    }

    static final String BANK_DOC =
            "MSP id of the bank, e.g. Bank1MSP; by default the caller's own (every bank's for "
                    + "the regulator)";
    static final String PAGE_SIZE_DOC = "1 to 200; 20 by default";

    private Proposal receivables(
            String function, String subject, String pageSize, String bookmark) {
        return evaluate(ChaincodeNames.RECEIVABLES, function, subject, pageSize, bookmark);
    }

    private Proposal evaluate(
            String chaincode, String function, String subject, String pageSize, String bookmark) {
        return Proposal.of(
                currentUser.get().signer(),
                chaincode,
                function,
                orEmpty(subject),
                orEmpty(pageSize),
                orEmpty(bookmark));
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
