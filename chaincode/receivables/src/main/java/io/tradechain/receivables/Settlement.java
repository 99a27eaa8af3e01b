package io.tradechain.receivables;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.Money;
import io.tradechain.chaincode.common.PartyDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Settlement at maturity (兑付) in pages: each transaction pays up to {@code pageSize} live pieces of
 * a root to their current holders, so no transaction has to touch all of a root's thousands of
 * pieces. The last page settles the root and gives the line back. After maturity the funder marks
 * an unpaid root overdue, which freezes the line.
 */
final class Settlement {
    static final int MAX_PAGE = 200;

    private final ChaincodeStub stub;
    private final ReceivablesState state;
    private final PartyDirectory parties;

    Settlement(ChaincodeStub stub, ReceivablesState state, PartyDirectory parties) {
        this.stub = stub;
        this.state = state;
        this.parties = parties;
    }

    SettlementPage settle(Caller caller, String rootId, int pageSize) {
        RootCertificate root = state.root(rootId);
        ReceivablesAccess.requireDebtor(caller, root.debtorCode(), parties, "settle it");
        if (root.status() != RootStatus.OUTSTANDING && root.status() != RootStatus.OVERDUE) {
            throw BusinessException.of(
                    ReceivablesErrorCode.ROOT_STATE_CONFLICT,
                    "certificate "
                            + rootId
                            + " is "
                            + root.status()
                            + "; only an outstanding or overdue certificate is settled",
                    "rootId",
                    rootId);
        }
        LocalDate today = Dates.today(stub);
        if (today.isBefore(LocalDate.parse(root.maturityDate()))) {
            throw BusinessException.of(
                    ReceivablesErrorCode.NOT_MATURED,
                    "certificate " + rootId + " matures on " + root.maturityDate(),
                    "rootId",
                    rootId,
                    "maturityDate",
                    root.maturityDate());
        }
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE));
        List<String> live = state.firstLivePieces(rootId, size + 1);
        String at = Dates.now(stub);
        List<Piece> paid = new ArrayList<>();
        Money settled = root.settled();
        for (String pieceId : live.subList(0, Math.min(size, live.size()))) {
            Piece piece = state.piece(pieceId);
            Piece done = piece.withStatus(PieceStatus.SETTLED, at, stub.getTxId());
            state.putPiece(done, piece.status());
            paid.add(done);
            settled = settled.plus(piece.amount());
        }
        boolean complete = live.size() <= size;
        RootCertificate after =
                root.with(
                        complete ? RootStatus.SETTLED : root.status(), settled, at, stub.getTxId());
        if (complete) {
            if (!settled.equals(root.faceValue())) {
                throw new IllegalStateException(
                        "certificate "
                                + rootId
                                + " settled "
                                + settled.toDecimalString()
                                + " of "
                                + root.faceValue().toDecimalString()
                                + ": value was not conserved");
            }
            CreditLine line = state.line(root.lineId());
            state.putLine(line.withUsed(line.used().minus(root.faceValue()), at, stub.getTxId()));
        }
        state.putRoot(after);
        ReceivablesEvents.root(
                stub, complete ? "CertificateSettled" : "CertificatePartlySettled", after);
        return new SettlementPage(after, paid, complete);
    }

    RootCertificate markOverdue(Caller caller, String rootId) {
        RootCertificate root = state.root(rootId);
        CreditLine line = state.line(root.lineId());
        ReceivablesAccess.requireFunder(caller, line, "mark its certificates overdue");
        if (root.status() != RootStatus.OUTSTANDING) {
            throw BusinessException.of(
                    ReceivablesErrorCode.ROOT_STATE_CONFLICT,
                    "certificate " + rootId + " is " + root.status(),
                    "rootId",
                    rootId);
        }
        if (!Dates.today(stub).isAfter(LocalDate.parse(root.maturityDate()))) {
            throw BusinessException.of(
                    ReceivablesErrorCode.NOT_MATURED,
                    "certificate " + rootId + " is not past its maturity " + root.maturityDate(),
                    "rootId",
                    rootId,
                    "maturityDate",
                    root.maturityDate());
        }
        String at = Dates.now(stub);
        RootCertificate overdue = root.with(RootStatus.OVERDUE, root.settled(), at, stub.getTxId());
        state.putRoot(overdue);
        if (line.status() != LineStatus.FROZEN) {
            state.putLine(line.withStatus(LineStatus.FROZEN, at, stub.getTxId()));
        }
        ReceivablesEvents.root(stub, "CertificateOverdue", overdue);
        return overdue;
    }
}
