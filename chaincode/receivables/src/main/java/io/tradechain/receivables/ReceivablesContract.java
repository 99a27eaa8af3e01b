package io.tradechain.receivables;

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
 * Entry points of the receivables chain (README); each translates arguments, the rules live in the
 * classes it calls.
 */
@Contract(
        name = "receivables",
        info =
                @Info(
                        title = "tradechain receivables chain",
                        version = "0.1.0",
                        description =
                                "Credit lines and digital receivable certificates: issue, accept, split and transfer to any "
                                        + "tier, settle at maturity, trace",
                        license = @License(name = "Apache-2.0"),
                        contact = @Contact(name = "tradechain")))
@Default
public final class ReceivablesContract implements IdempotentContract {

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "GrantCreditLine")
    public String grantCreditLine(Context ctx, String debtorCode, String limit, String expiresOn) {
        return json(lines(ctx).grant(Caller.of(ctx), debtorCode, limit, expiresOn));
    }

    /**
     * The funder sets the line's pricing from the transient {@code pricing} (rate and fee in basis
     * points).
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "SetLinePricing")
    public String setLinePricing(Context ctx, String lineId) {
        return json(pricings(ctx).set(Caller.of(ctx), lineId));
    }

    /** The line's pricing: the funder, the debtor, the regulator. */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetLinePricing")
    public String getLinePricing(Context ctx, String lineId) {
        return json(pricings(ctx).read(Caller.of(ctx), lineId));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "AdjustCreditLine")
    public String adjustCreditLine(Context ctx, String lineId, String limit) {
        return json(lines(ctx).adjust(Caller.of(ctx), lineId, limit));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "FreezeCreditLine")
    public String freezeCreditLine(Context ctx, String lineId) {
        return json(lines(ctx).setStatus(Caller.of(ctx), lineId, LineStatus.FROZEN));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "UnfreezeCreditLine")
    public String unfreezeCreditLine(Context ctx, String lineId) {
        return json(lines(ctx).setStatus(Caller.of(ctx), lineId, LineStatus.ACTIVE));
    }

    /**
     * {@code request}: {lineId, supplierCode, amount, maturityDate, contractRef,
     * invoiceDocumentId}; the invoice's fields in the transient map under {@code documents} (a
     * one-element array). The debtor.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "IssueCertificate")
    public String issueCertificate(Context ctx, String request) {
        return json(certificates(ctx).issue(Caller.of(ctx), request));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "AcceptCertificate")
    public String acceptCertificate(Context ctx, String rootId) {
        return json(certificates(ctx).accept(Caller.of(ctx), rootId));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "RejectCertificate")
    public String rejectCertificate(Context ctx, String rootId) {
        return json(certificates(ctx).reject(Caller.of(ctx), rootId));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "CancelCertificate")
    public String cancelCertificate(Context ctx, String rootId) {
        return json(certificates(ctx).cancel(Caller.of(ctx), rootId));
    }

    /** Gives {@code amount} (Money JSON) of a live piece to {@code recipientCode}. The holder. */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "TransferPiece")
    public String transferPiece(Context ctx, String pieceId, String recipientCode, String amount) {
        return json(transfers(ctx).transfer(Caller.of(ctx), pieceId, recipientCode, amount));
    }

    /** Pays up to {@code pageSize} live pieces of a due certificate. The debtor. */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "SettleCertificate")
    public String settleCertificate(Context ctx, String rootId, String pageSize) {
        return json(
                settlement(ctx).settle(Caller.of(ctx), rootId, number("pageSize", pageSize, 100)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "MarkOverdue")
    public String markOverdue(Context ctx, String rootId) {
        return json(settlement(ctx).markOverdue(Caller.of(ctx), rootId));
    }

    /** The holder offers {@code amount} of a live piece for financing at the funder bank. */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "RequestFinancing")
    public String requestFinancing(Context ctx, String pieceId, String amount) {
        return json(financings(ctx).request(Caller.of(ctx), pieceId, amount));
    }

    /**
     * The funder approves: transient {@code terms} (rate, fee, disbursed) and {@code document} (the
     * invoice).
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "ApproveFinancing")
    public String approveFinancing(Context ctx, String requestId) {
        return json(financings(ctx).approve(Caller.of(ctx), requestId));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "RefuseFinancing")
    public String refuseFinancing(Context ctx, String requestId, String reason) {
        return json(financings(ctx).refuse(Caller.of(ctx), requestId, reason));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetFinancing")
    public String getFinancing(Context ctx, String requestId) {
        return json(new ReceivablesState(ctx.getStub()).financing(requestId));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetFinancingTerms")
    public String getFinancingTerms(Context ctx, String requestId) {
        return json(financings(ctx).terms(Caller.of(ctx), requestId));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetCreditLine")
    public String getCreditLine(Context ctx, String lineId) {
        return json(queries(ctx).line(Caller.of(ctx), lineId));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetCertificate")
    public String getCertificate(Context ctx, String rootId) {
        return json(queries(ctx).root(Caller.of(ctx), rootId));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "TracePiece")
    public String tracePiece(Context ctx, String pieceId) {
        return json(queries(ctx).trace(Caller.of(ctx), pieceId));
    }

    /** Every piece of a certificate (spent ones included), a page at a time: its tree. */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "ListPieces")
    public String listPieces(Context ctx, String rootId, String pageSize, String bookmark) {
        return json(
                queries(ctx).pieces(Caller.of(ctx), rootId, PageRequest.parse(pageSize, bookmark)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "ListHoldings")
    public String listHoldings(Context ctx, String holderCode, String pageSize, String bookmark) {
        return json(
                queries(ctx)
                        .holdings(
                                Caller.of(ctx), holderCode, PageRequest.parse(pageSize, bookmark)));
    }

    /**
     * Financing requests awaiting the decision of bank {@code bankMsp} ({@code ""}: the caller's
     * own bank, or every bank's for the regulator), a page at a time. That bank and the regulator.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "ListPendingFinancings")
    public String listPendingFinancings(
            Context ctx, String bankMsp, String pageSize, String bookmark) {
        return json(
                queues(ctx)
                        .pendingFinancings(
                                Caller.of(ctx), bankMsp, PageRequest.parse(pageSize, bookmark)));
    }

    /** The credit lines bank {@code bankMsp} granted ({@code ""}: own; all for the regulator). */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "ListBankLines")
    public String listBankLines(Context ctx, String bankMsp, String pageSize, String bookmark) {
        return json(
                queues(ctx).lines(Caller.of(ctx), bankMsp, PageRequest.parse(pageSize, bookmark)));
    }

    /**
     * The certificates issued against lines of bank {@code bankMsp} ({@code ""}: own; all for the
     * regulator).
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "ListFunderCertificates")
    public String listFunderCertificates(
            Context ctx, String bankMsp, String pageSize, String bookmark) {
        return json(
                queues(ctx)
                        .funderCertificates(
                                Caller.of(ctx), bankMsp, PageRequest.parse(pageSize, bookmark)));
    }

    /**
     * The certificates core enterprise {@code debtorCode} issued ({@code ""}: own; all for the
     * regulator).
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "ListDebtorCertificates")
    public String listDebtorCertificates(
            Context ctx, String debtorCode, String pageSize, String bookmark) {
        return json(
                queues(ctx)
                        .debtorCertificates(
                                Caller.of(ctx), debtorCode, PageRequest.parse(pageSize, bookmark)));
    }

    /**
     * Every record of one kind ({@code LINES}, {@code CERTIFICATES} or {@code FINANCINGS}: public
     * records only, never terms), a page at a time, for the regulator's exposure views.
     * RegulatorMSP only.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "SuperviseRecords")
    public String superviseRecords(Context ctx, String kind, String pageSize, String bookmark) {
        Caller caller = Caller.of(ctx);
        if (!io.tradechain.chaincode.common.Organisations.REGULATOR_MSP.equals(caller.mspId())) {
            throw io.tradechain.chaincode.common.BusinessException.of(
                    io.tradechain.chaincode.common.CommonErrorCode.ACCESS_DENIED,
                    "the exposure records are read by "
                            + "the regulator only; "
                            + caller.mspId()
                            + " may not read them",
                    "mspId",
                    caller.mspId());
        }
        ReceivablesState state = new ReceivablesState(ctx.getStub());
        PageRequest page = PageRequest.parse(pageSize, bookmark);
        return switch (kind == null ? "" : kind) {
            case "LINES" -> json(state.allLines(page));
            case "CERTIFICATES" -> json(state.allRoots(page));
            case "FINANCINGS" -> json(state.allFinancings(page));
            default ->
                    throw io.tradechain.chaincode.common.BusinessException.of(
                            io.tradechain.chaincode.common.CommonErrorCode.INVALID_ARGUMENT,
                            "kind must be one of CERTIFICATES, FINANCINGS, LINES",
                            "field",
                            "kind");
        };
    }

    @Override
    public void unknownTransaction(Context ctx) {
        throw BusinessException.of(
                CommonErrorCode.INVALID_ARGUMENT,
                "the receivables chaincode has no function " + ctx.getStub().getFunction(),
                "field",
                "function");
    }

    private static int number(String field, String value, int fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    field + " must be a whole number, got '" + value + "'",
                    "field",
                    field);
        }
    }

    private static String json(Object value) {
        return CanonicalJson.toJson(value);
    }

    private static ReceivablesState state(Context ctx) {
        return new ReceivablesState(ctx.getStub());
    }

    private static RemotePartyDirectory parties(Context ctx) {
        return new RemotePartyDirectory(ctx.getStub());
    }

    private static CreditLines lines(Context ctx) {
        return new CreditLines(ctx.getStub(), state(ctx), parties(ctx));
    }

    private static LinePricings pricings(Context ctx) {
        return new LinePricings(ctx.getStub(), state(ctx), parties(ctx));
    }

    private static Certificates certificates(Context ctx) {
        return new Certificates(
                ctx.getStub(), state(ctx), parties(ctx), new InvoiceLocks(ctx.getStub()));
    }

    private static Transfers transfers(Context ctx) {
        return new Transfers(ctx.getStub(), state(ctx), parties(ctx));
    }

    private static Settlement settlement(Context ctx) {
        return new Settlement(ctx.getStub(), state(ctx), parties(ctx));
    }

    private static Financings financings(Context ctx) {
        return new Financings(
                ctx.getStub(),
                state(ctx),
                parties(ctx),
                new BlacklistCheck(ctx.getStub()),
                new InvoiceLocks(ctx.getStub()));
    }

    private static ReceivablesQueues queues(Context ctx) {
        return new ReceivablesQueues(state(ctx), parties(ctx));
    }

    private static ReceivablesQueries queries(Context ctx) {
        return new ReceivablesQueries(state(ctx), parties(ctx));
    }
}
