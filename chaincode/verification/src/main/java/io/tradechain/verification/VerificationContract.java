package io.tradechain.verification;

import io.tradechain.blacklist.BlacklistCheck;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.IdempotentContract;
import io.tradechain.chaincode.common.PageRequest;
import io.tradechain.chaincode.common.RemotePartyDirectory;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.annotation.Contact;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.License;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Entry points of the verification chaincode (README). Functions only translate; the rules live in
 * {@link DocumentRegistry}, {@link Financing}, {@link Authorisations} and {@link
 * VerificationQueries}. Private inputs (document fields) come from the transient map only. Results
 * are canonical JSON.
 */
@Contract(
        name = "verification",
        info =
                @Info(
                        title = "tradechain invoice and customs-declaration verification",
                        version = "0.1.0",
                        description =
                                "Authority-registered invoices and export declarations: private fields, "
                                        + "public hash and financeable balance, verification, locks against double financing, "
                                        + "enterprise authorisations",
                        license = @License(name = "Apache-2.0"),
                        contact = @Contact(name = "tradechain")))
@Default
public final class VerificationContract implements IdempotentContract {

    /** Registers a VAT invoice from the transient {@code invoice}. AuthorityMSP. */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "RegisterInvoice")
    public String registerInvoice(Context ctx) {
        return json(registry(ctx).register(Caller.of(ctx), DocumentType.INVOICE));
    }

    /**
     * Registers an export customs declaration from the transient {@code declaration}. AuthorityMSP.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "RegisterDeclaration")
    public String registerDeclaration(Context ctx) {
        return json(registry(ctx).register(Caller.of(ctx), DocumentType.CUSTOMS_DECLARATION));
    }

    /** Voids a document: no new lock. AuthorityMSP. */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "VoidDocument")
    public String voidDocument(Context ctx, String documentId, String reason) {
        return json(registry(ctx).voidDocument(Caller.of(ctx), documentId, reason));
    }

    /**
     * Verifies 1 to 500 documents sent in the transient {@code documents} (a JSON array). Banks,
     * authority, regulator.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "Verify")
    public String verify(Context ctx) {
        return json(queries(ctx).verify(Caller.of(ctx)));
    }

    /**
     * Locks {@code amount} (Money JSON) of the document sent in the transient {@code document}.
     * Banks.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "LockAmount")
    public String lockAmount(Context ctx, String financingRef, String amount) {
        return json(financing(ctx).lock(Caller.of(ctx), financingRef, amount));
    }

    /**
     * A product's instrument (certificate, L/C presentation) backs {@code amount} (Money JSON) of
     * the document sent in the transient {@code documents}. Only from a transaction of that
     * product's chaincode.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "BackDocument")
    public String backDocument(Context ctx, String product, String reference, String amount) {
        return json(backings(ctx).back(Caller.of(ctx), product, reference, amount));
    }

    /**
     * Gives a backing's face value back (instrument cancelled, rejected, refused). Only from the
     * product.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "ReleaseBacking")
    public String releaseBacking(
            Context ctx, String documentId, String product, String reference, String reason) {
        return json(backings(ctx).release(Caller.of(ctx), documentId, product, reference, reason));
    }

    /**
     * The calling bank finances {@code amount} of a product's backed instrument. Only from the
     * product.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "LockBacked")
    public String lockBacked(
            Context ctx, String documentId, String product, String reference, String amount) {
        return json(
                productFinancing(ctx).lock(Caller.of(ctx), documentId, product, reference, amount));
    }

    /**
     * The financing of a product's instrument passes to {@code toMsp} (claim sold). Only from the
     * product.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "TransferFinancing")
    public String transferFinancing(
            Context ctx,
            String documentId,
            String product,
            String reference,
            String toMsp,
            String amount) {
        return json(
                productFinancing(ctx)
                        .transfer(Caller.of(ctx), documentId, product, reference, toMsp, amount));
    }

    /** Releases a lock on cancellation of the financing. The locking bank. */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "ReleaseLock")
    public String releaseLock(Context ctx, String documentId, String financingRef, String reason) {
        return json(financing(ctx).release(Caller.of(ctx), documentId, financingRef, reason));
    }

    /** Records a repayment (Money JSON) on a lock. The locking bank. */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "RecordRepayment")
    public String recordRepayment(
            Context ctx, String documentId, String financingRef, String amount) {
        return json(financing(ctx).repay(Caller.of(ctx), documentId, financingRef, amount));
    }

    /**
     * The caller's party lets {@code bankMsp} query its documents until {@code expiresOn}. CorpMSP.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "AuthoriseBank")
    public String authoriseBank(Context ctx, String bankMsp, String expiresOn) {
        return json(authorisations(ctx).grant(Caller.of(ctx), bankMsp, expiresOn));
    }

    /** The caller's party withdraws its authorisation of {@code bankMsp}. CorpMSP. */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "RevokeAuthorisation")
    public String revokeAuthorisation(Context ctx, String bankMsp) {
        return json(authorisations(ctx).revoke(Caller.of(ctx), bankMsp));
    }

    /** A document's public record and its locks. */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetDocument")
    public String getDocument(Context ctx, String documentId) {
        return json(queries(ctx).document(Caller.of(ctx), documentId));
    }

    /** A party's documents, a page at a time; pageSize "" for the default. */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "ListDocuments")
    public String listDocuments(Context ctx, String ownerCode, String pageSize, String bookmark) {
        return json(
                queries(ctx)
                        .documentsOf(
                                Caller.of(ctx), ownerCode, PageRequest.parse(pageSize, bookmark)));
    }

    /** The authority's copy of a document. Authority and regulator. */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetDocumentFields")
    public String getDocumentFields(Context ctx, String documentId) {
        return json(queries(ctx).fields(Caller.of(ctx), documentId));
    }

    /**
     * Work queue: the active (LOCKED) locks bank {@code bankMsp} holds, a page at a time ({@code
     * ""}: the caller's own bank, or every bank's for the regulator). That bank and the regulator.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "ListHeldLocks")
    public String listHeldLocks(Context ctx, String bankMsp, String pageSize, String bookmark) {
        return json(
                new VerificationState(ctx.getStub())
                        .heldLocks(
                                io.tradechain.chaincode.common.QueueSubject.bank(
                                        Caller.of(ctx), bankMsp),
                                io.tradechain.chaincode.common.PageRequest.parse(
                                        pageSize, bookmark)));
    }

    /** A party's authorisations as of the transaction's date. */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "ListAuthorisations")
    public String listAuthorisations(Context ctx, String ownerCode) {
        return json(queries(ctx).authorisationsOf(Caller.of(ctx), ownerCode));
    }

    /**
     * Whether a refusal the supervision chaincode is asked to record holds now: {@code {confirmed,
     * currency}}. Only inside a transaction that entered through {@code supervision}
     * (docs/supervision.md).
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "ConfirmRefusal")
    public String confirmRefusal(Context ctx, String code, String documentId, String requested) {
        return json(
                new RefusalConfirmation(ctx.getStub(), new VerificationState(ctx.getStub()))
                        .confirm(Caller.of(ctx), code, documentId, requested));
    }

    @Override
    public void unknownTransaction(Context ctx) {
        throw BusinessException.of(
                CommonErrorCode.INVALID_ARGUMENT,
                "the verification chaincode has no function " + ctx.getStub().getFunction(),
                "field",
                "function");
    }

    private static String json(Object value) {
        return CanonicalJson.toJson(value);
    }

    private static DocumentRegistry registry(Context ctx) {
        return new DocumentRegistry(ctx.getStub(), new VerificationState(ctx.getStub()));
    }

    private static Financing financing(Context ctx) {
        return new Financing(
                ctx.getStub(),
                new VerificationState(ctx.getStub()),
                new BlacklistCheck(ctx.getStub()));
    }

    private static Backings backings(Context ctx) {
        return new Backings(ctx.getStub(), new VerificationState(ctx.getStub()));
    }

    private static ProductFinancing productFinancing(Context ctx) {
        return new ProductFinancing(ctx.getStub(), new VerificationState(ctx.getStub()));
    }

    private static Authorisations authorisations(Context ctx) {
        return new Authorisations(
                ctx.getStub(),
                new VerificationState(ctx.getStub()),
                new RemotePartyDirectory(ctx.getStub()));
    }

    private static VerificationQueries queries(Context ctx) {
        return new VerificationQueries(
                ctx.getStub(),
                new VerificationState(ctx.getStub()),
                new RemotePartyDirectory(ctx.getStub()));
    }
}
