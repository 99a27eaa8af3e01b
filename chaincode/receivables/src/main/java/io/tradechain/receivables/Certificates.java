package io.tradechain.receivables;

import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Money;
import io.tradechain.chaincode.common.PartyDirectory;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Issue (签发) against a credit line and a verified invoice (sent in the transient map under {@code
 * documents}), acceptance (签收, the debtor's debt confirmed), rejection by the supplier and
 * cancellation by the debtor before acceptance. Issuing uses the line; rejection and cancellation
 * give it back.
 */
final class Certificates {
    private static final Pattern DOCUMENT_ID = Pattern.compile("[0-9a-f]{64}");

    private final ChaincodeStub stub;
    private final ReceivablesState state;
    private final PartyDirectory parties;
    private final InvoiceLocks invoices;

    Certificates(
            ChaincodeStub stub,
            ReceivablesState state,
            PartyDirectory parties,
            InvoiceLocks invoices) {
        this.stub = stub;
        this.state = state;
        this.parties = parties;
        this.invoices = invoices;
    }

    RootCertificate issue(Caller caller, String requestJson) {
        IssueRequest request =
                CanonicalJson.parseArgument("request", requestJson, IssueRequest.class);
        CreditLine line = state.line(Args.text("lineId", request.lineId(), 128));
        parties.prefetch(request.supplierCode());
        ReceivablesAccess.requireDebtor(
                caller, line.debtorCode(), parties, "issue on line " + line.lineId());
        LocalDate today = Dates.today(stub);
        if (line.status() != LineStatus.ACTIVE) {
            throw BusinessException.of(
                    ReceivablesErrorCode.LINE_FROZEN,
                    "line " + line.lineId() + " is frozen",
                    "lineId",
                    line.lineId());
        }
        if (today.isAfter(LocalDate.parse(line.expiresOn()))) {
            throw BusinessException.of(
                    ReceivablesErrorCode.LINE_EXPIRED,
                    "line " + line.lineId() + " ended on " + line.expiresOn(),
                    "lineId",
                    line.lineId());
        }
        String supplier = Args.creditCode("supplierCode", request.supplierCode());
        if (supplier.equals(line.debtorCode())) {
            throw BusinessException.of(
                    ReceivablesErrorCode.SELF_TRANSFER,
                    "a certificate is issued to a supplier, " + "not to the debtor itself",
                    "field",
                    "supplierCode");
        }
        parties.find(supplier)
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        ReceivablesErrorCode.PARTY_NOT_FOUND,
                                        "no party " + supplier + " in the registry",
                                        "supplierCode",
                                        supplier));
        if (request.amount() == null) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT, "amount is required", "field", "amount");
        }
        Money amount = request.amount().requirePositive("amount");
        if (!amount.currency().equals(line.limit().currency())) {
            throw BusinessException.of(
                    CommonErrorCode.CURRENCY_MISMATCH,
                    "amount is in "
                            + amount.currency()
                            + " but the line is in "
                            + line.limit().currency(),
                    "field",
                    "amount");
        }
        LocalDate maturity = LocalDate.parse(Args.isoDate("maturityDate", request.maturityDate()));
        if (!maturity.isAfter(today) || maturity.isAfter(today.plusYears(1))) {
            throw BusinessException.of(
                    ReceivablesErrorCode.MATURITY_OUT_OF_RANGE,
                    "maturityDate "
                            + maturity
                            + " must be after "
                            + today
                            + " and at most one year later",
                    "field",
                    "maturityDate");
        }
        String contractRef = Args.text("contractRef", request.contractRef(), 128);
        String invoice =
                Args.matches(
                        "invoiceDocumentId",
                        request.invoiceDocumentId(),
                        DOCUMENT_ID,
                        "a verification document id (64 lowercase hex characters)");
        Money used = line.used().plus(amount);
        if (used.greaterThan(line.limit())) {
            throw BusinessException.of(
                    ReceivablesErrorCode.CREDIT_LINE_EXCEEDED,
                    "issuing "
                            + amount.toDecimalString()
                            + " would use more than the line's limit: "
                            + line.available().toDecimalString()
                            + " of "
                            + line.limit().toDecimalString()
                            + " is available",
                    "lineId",
                    line.lineId(),
                    "available",
                    line.available().minorUnitsText(),
                    "requested",
                    amount.minorUnitsText(),
                    "currency",
                    amount.currency());
        }
        invoices.backCertificate(stub.getTxId(), invoice, line.debtorCode(), supplier, amount);
        String at = Dates.now(stub);
        String rootId = stub.getTxId();
        RootCertificate root =
                new RootCertificate(
                        rootId,
                        line.lineId(),
                        line.funderMsp(),
                        line.debtorCode(),
                        supplier,
                        amount,
                        Money.zero(amount.currency()),
                        RootStatus.PENDING,
                        today.toString(),
                        maturity.toString(),
                        contractRef,
                        invoice,
                        at,
                        at,
                        stub.getTxId());
        Piece piece =
                new Piece(
                        rootId,
                        rootId,
                        null,
                        0,
                        supplier,
                        amount,
                        PieceStatus.PENDING,
                        at,
                        stub.getTxId(),
                        at,
                        stub.getTxId(),
                        rootId);
        state.putLine(line.withUsed(used, at, stub.getTxId()));
        state.insertRoot(root);
        state.putPiece(piece, null);
        ReceivablesEvents.root(stub, "CertificateIssued", root);
        return root;
    }

    RootCertificate accept(Caller caller, String rootId) {
        Piece piece = pending(rootId);
        ReceivablesAccess.requireHolder(caller, piece, parties, "accept it");
        return close(
                piece,
                PieceStatus.LIVE,
                RootStatus.OUTSTANDING,
                false,
                "CertificateAccepted",
                null);
    }

    RootCertificate reject(Caller caller, String rootId) {
        Piece piece = pending(rootId);
        ReceivablesAccess.requireHolder(caller, piece, parties, "reject it");
        return close(
                piece,
                PieceStatus.REJECTED,
                RootStatus.REJECTED,
                true,
                "CertificateRejected",
                "certificate rejected by the supplier");
    }

    RootCertificate cancel(Caller caller, String rootId) {
        Piece piece = pending(rootId);
        RootCertificate root = state.root(piece.rootId());
        ReceivablesAccess.requireDebtor(caller, root.debtorCode(), parties, "cancel it");
        return close(
                piece,
                PieceStatus.CANCELLED,
                RootStatus.CANCELLED,
                true,
                "CertificateCancelled",
                "certificate cancelled by the debtor");
    }

    private Piece pending(String rootId) {
        Piece piece = state.piece(Args.text("rootId", rootId, 128));
        if (piece.depth() != 0 || piece.status() != PieceStatus.PENDING) {
            throw BusinessException.of(
                    ReceivablesErrorCode.PIECE_NOT_PENDING,
                    "certificate "
                            + rootId
                            + " is "
                            + piece.status()
                            + ", not waiting for acceptance",
                    "rootId",
                    rootId);
        }
        return piece;
    }

    /**
     * Ends the wait for acceptance; a certificate that will never circulate gives its line and
     * invoice back.
     */
    private RootCertificate close(
            Piece piece,
            PieceStatus pieceStatus,
            RootStatus rootStatus,
            boolean giveBack,
            String eventType,
            String reason) {
        String at = Dates.now(stub);
        RootCertificate root = state.root(piece.rootId());
        if (giveBack) {
            CreditLine line = state.line(root.lineId());
            state.putLine(line.withUsed(line.used().minus(root.faceValue()), at, stub.getTxId()));
            invoices.releaseCertificate(root.rootId(), root.invoiceDocumentId(), reason);
        }
        state.putPiece(piece.withStatus(pieceStatus, at, stub.getTxId()), piece.status());
        RootCertificate changed = root.with(rootStatus, root.settled(), at, stub.getTxId());
        state.putRoot(changed);
        ReceivablesEvents.root(stub, eventType, changed);
        return changed;
    }
}
