package io.tradechain.receivables;

import io.tradechain.blacklist.BlacklistCheck;
import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Money;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.chaincode.common.PartyDirectory;
import io.tradechain.chaincode.common.PartyRef;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Financing (融资) of a piece at the funder bank behind the root's credit line. The holder requests
 * it (the part financed is set apart and cannot move); the funder approves (blacklist checked for
 * the holder, the invoice locked through the verification chaincode, private terms recorded, the
 * piece passes to the bank) or refuses (the piece is live again).
 */
final class Financings {
    static final String TERMS = "terms";

    private final ChaincodeStub stub;
    private final ReceivablesState state;
    private final PartyDirectory parties;
    private final BlacklistCheck blacklist;
    private final InvoiceLocks invoices;
    private final LinePricings pricings;

    Financings(
            ChaincodeStub stub,
            ReceivablesState state,
            PartyDirectory parties,
            BlacklistCheck blacklist,
            InvoiceLocks invoices) {
        this.pricings = new LinePricings(stub, state, parties);
        this.stub = stub;
        this.state = state;
        this.parties = parties;
        this.blacklist = blacklist;
        this.invoices = invoices;
    }

    FinancingRequest request(Caller caller, String pieceId, String amountJson) {
        Piece piece = state.piece(Args.text("pieceId", pieceId, 200));
        PartyRef holder = ReceivablesAccess.requireHolder(caller, piece, parties, "finance it");
        if (piece.status() != PieceStatus.LIVE) {
            throw BusinessException.of(
                    ReceivablesErrorCode.PIECE_NOT_LIVE,
                    "piece " + piece.pieceId() + " is " + piece.status(),
                    "pieceId",
                    piece.pieceId(),
                    "status",
                    piece.status().name());
        }
        RootCertificate root = state.root(piece.rootId());
        requireBeforeMaturity(root);
        Money amount =
                CanonicalJson.parseArgument("amount", amountJson, Money.class)
                        .requirePositive("amount");
        if (!amount.currency().equals(piece.amount().currency())) {
            throw BusinessException.of(
                    CommonErrorCode.CURRENCY_MISMATCH,
                    "the piece is in " + piece.amount().currency(),
                    "field",
                    "amount");
        }
        if (amount.greaterThan(piece.amount())) {
            throw BusinessException.of(
                    ReceivablesErrorCode.AMOUNT_EXCEEDS_PIECE,
                    "piece " + piece.pieceId() + " holds " + piece.amount().toDecimalString(),
                    "pieceId",
                    piece.pieceId());
        }
        String at = Dates.now(stub);
        String txId = stub.getTxId();
        Piece financed;
        if (amount.equals(piece.amount())) {
            financed = piece.withStatus(PieceStatus.FINANCING, at, txId);
            state.putPiece(financed, piece.status());
        } else {
            state.putPiece(piece.withStatus(PieceStatus.SPENT, at, txId), piece.status());
            financed =
                    child(piece, "1", holder.creditCode(), amount, PieceStatus.FINANCING, at, txId);
            state.putPiece(financed, null);
            state.putPiece(
                    child(
                            piece,
                            "2",
                            holder.creditCode(),
                            piece.amount().minus(amount),
                            PieceStatus.LIVE,
                            at,
                            txId),
                    null);
        }
        FinancingRequest request =
                new FinancingRequest(
                        txId,
                        root.rootId(),
                        financed.pieceId(),
                        holder.creditCode(),
                        root.funderMsp(),
                        amount,
                        FinancingStatus.REQUESTED,
                        root.invoiceDocumentId(),
                        null,
                        null,
                        at,
                        null,
                        txId);
        state.putFinancing(request, null);
        ReceivablesEvents.financing(stub, "FinancingRequested", request);
        return request;
    }

    FinancingRequest approve(Caller caller, String requestId) {
        FinancingRequest request = pending(caller, requestId, "approve it");
        RootCertificate root = state.root(request.rootId());
        requireBeforeMaturity(root);
        FinancingTerms terms =
                pricings.termsFor(
                        caller,
                        state.line(root.lineId()),
                        request,
                        LocalDate.parse(root.maturityDate()),
                        statedTerms());
        // the holder, and the invoice's seller (the verification chaincode leaves this to us, one
        // call for both)
        blacklist.requireNoneListed(request.holderCode(), root.firstHolderCode());
        String lockedDocument = invoices.lock(request.requestId(), request.amount());
        if (!lockedDocument.equals(root.invoiceDocumentId())) {
            throw BusinessException.of(
                    ReceivablesErrorCode.INVOICE_MISMATCH,
                    "the invoice sent is "
                            + lockedDocument
                            + " but certificate "
                            + root.rootId()
                            + " was issued against "
                            + root.invoiceDocumentId(),
                    "invoiceDocumentId",
                    root.invoiceDocumentId());
        }
        PartyRef bank = parties.callerParty();
        Piece piece = state.piece(request.pieceId());
        String at = Dates.now(stub);
        String txId = stub.getTxId();
        state.putPiece(piece.withStatus(PieceStatus.SPENT, at, txId), piece.status());
        Piece bankPiece =
                child(piece, "1", bank.creditCode(), piece.amount(), PieceStatus.LIVE, at, txId);
        state.putPiece(bankPiece, null);
        state.insertTerms(request.funderMsp(), terms);
        FinancingRequest approved =
                request.decided(FinancingStatus.APPROVED, bankPiece.pieceId(), null, at, txId);
        state.putFinancing(approved, request.status());
        ReceivablesEvents.financing(stub, "FinancingApproved", approved);
        return approved;
    }

    FinancingRequest refuse(Caller caller, String requestId, String reason) {
        FinancingRequest request = pending(caller, requestId, "refuse it");
        String why = Args.text("reason", reason, 500);
        Piece piece = state.piece(request.pieceId());
        String at = Dates.now(stub);
        state.putPiece(piece.withStatus(PieceStatus.LIVE, at, stub.getTxId()), piece.status());
        FinancingRequest refused =
                request.decided(FinancingStatus.REFUSED, null, why, at, stub.getTxId());
        state.putFinancing(refused, request.status());
        ReceivablesEvents.financing(stub, "FinancingRefused", refused);
        return refused;
    }

    /** The private terms: the funder bank, the holder who asked, the regulator. */
    FinancingTerms terms(Caller caller, String requestId) {
        FinancingRequest request = state.financing(Args.text("requestId", requestId, 128));
        boolean allowed =
                Organisations.isReadOnly(caller.mspId())
                        || caller.mspId().equals(request.funderMsp())
                        || Organisations.CORP_MSP.equals(caller.mspId())
                                && parties.callerParty().creditCode().equals(request.holderCode());
        if (!allowed) {
            throw BusinessException.of(
                    CommonErrorCode.ACCESS_DENIED,
                    "the terms of financing "
                            + requestId
                            + " are private to "
                            + request.funderMsp()
                            + ", the holder and the regulator",
                    "requestId",
                    requestId);
        }
        return state.terms(request.funderMsp(), request.requestId());
    }

    private FinancingRequest pending(Caller caller, String requestId, String action) {
        FinancingRequest request = state.financing(Args.text("requestId", requestId, 128));
        ReceivablesAccess.requireFunder(
                caller, state.line(state.root(request.rootId()).lineId()), action);
        if (request.status() != FinancingStatus.REQUESTED) {
            throw BusinessException.of(
                    ReceivablesErrorCode.FINANCING_NOT_PENDING,
                    "financing " + requestId + " is " + request.status(),
                    "requestId",
                    requestId);
        }
        return request;
    }

    /**
     * The terms the funder states under {@code terms} in the transient map, or null to use the
     * line's pricing.
     */
    private TermsInput statedTerms() {
        byte[] raw = stub.getTransient() == null ? null : stub.getTransient().get(TERMS);
        return raw == null
                ? null
                : CanonicalJson.parseArgument(
                        TERMS, new String(raw, StandardCharsets.UTF_8), TermsInput.class);
    }

    private void requireBeforeMaturity(RootCertificate root) {
        if (root.status() != RootStatus.OUTSTANDING
                || !Dates.today(stub).isBefore(LocalDate.parse(root.maturityDate()))) {
            throw BusinessException.of(
                    ReceivablesErrorCode.PIECE_MATURED,
                    "certificate "
                            + root.rootId()
                            + " is "
                            + root.status()
                            + " and matures on "
                            + root.maturityDate()
                            + "; it cannot be financed now",
                    "rootId",
                    root.rootId());
        }
    }

    private static Piece child(
            Piece parent,
            String suffix,
            String holder,
            Money amount,
            PieceStatus status,
            String at,
            String txId) {
        boolean sameHolder = holder.equals(parent.holderCode());
        int depth = sameHolder ? parent.depth() : parent.depth() + 1;
        String id = txId + "-" + suffix;
        String entry = sameHolder ? parent.entryId() : id;
        return new Piece(
                id,
                parent.rootId(),
                parent.pieceId(),
                depth,
                holder,
                amount,
                status,
                at,
                txId,
                at,
                txId,
                entry);
    }
}
