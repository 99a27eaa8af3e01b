package io.tradechain.receivables;

import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Money;
import io.tradechain.chaincode.common.PartyDirectory;
import java.time.LocalDate;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Split and transfer (拆分流转): the holder gives any part of a live piece to a registered party. The
 * piece is spent and replaced by the recipient's piece and, if something is left, the holder's
 * remainder; amounts add up exactly. Two moves of one piece both read and write it, so only one can
 * commit (spend-once).
 */
final class Transfers {
    private final ChaincodeStub stub;
    private final ReceivablesState state;
    private final PartyDirectory parties;

    Transfers(ChaincodeStub stub, ReceivablesState state, PartyDirectory parties) {
        this.stub = stub;
        this.state = state;
        this.parties = parties;
    }

    TransferResult transfer(
            Caller caller, String pieceId, String recipientCode, String amountJson) {
        Piece piece = state.piece(Args.text("pieceId", pieceId, 200));
        parties.prefetch(recipientCode);
        ReceivablesAccess.requireHolder(caller, piece, parties, "move it");
        if (piece.status() != PieceStatus.LIVE) {
            throw BusinessException.of(
                    ReceivablesErrorCode.PIECE_NOT_LIVE,
                    "piece "
                            + piece.pieceId()
                            + " is "
                            + piece.status()
                            + "; only a live piece moves",
                    "pieceId",
                    piece.pieceId(),
                    "status",
                    piece.status().name());
        }
        RootCertificate root = state.root(piece.rootId());
        LocalDate today = Dates.today(stub);
        if (!today.isBefore(LocalDate.parse(root.maturityDate()))) {
            throw BusinessException.of(
                    ReceivablesErrorCode.PIECE_MATURED,
                    "certificate "
                            + root.rootId()
                            + " matured on "
                            + root.maturityDate()
                            + "; it is settled, not moved",
                    "rootId",
                    root.rootId());
        }
        String recipient = Args.creditCode("recipientCode", recipientCode);
        if (recipient.equals(piece.holderCode())) {
            throw BusinessException.of(
                    ReceivablesErrorCode.SELF_TRANSFER,
                    "the recipient is the holder",
                    "field",
                    "recipientCode");
        }
        parties.find(recipient)
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        ReceivablesErrorCode.PARTY_NOT_FOUND,
                                        "no party " + recipient + " in the registry",
                                        "recipientCode",
                                        recipient));
        Money amount =
                CanonicalJson.parseArgument("amount", amountJson, Money.class)
                        .requirePositive("amount");
        if (!amount.currency().equals(piece.amount().currency())) {
            throw BusinessException.of(
                    CommonErrorCode.CURRENCY_MISMATCH,
                    "amount is in "
                            + amount.currency()
                            + " but the piece is in "
                            + piece.amount().currency(),
                    "field",
                    "amount");
        }
        if (amount.greaterThan(piece.amount())) {
            throw BusinessException.of(
                    ReceivablesErrorCode.AMOUNT_EXCEEDS_PIECE,
                    "piece "
                            + piece.pieceId()
                            + " holds "
                            + piece.amount().toDecimalString()
                            + "; "
                            + amount.toDecimalString()
                            + " asked",
                    "pieceId",
                    piece.pieceId(),
                    "available",
                    piece.amount().minorUnitsText(),
                    "currency",
                    piece.amount().currency());
        }
        String at = Dates.now(stub);
        String txId = stub.getTxId();
        Piece spent = piece.withStatus(PieceStatus.SPENT, at, txId);
        Piece given = child(piece, "1", recipient, amount, at, txId);
        Money left = piece.amount().minus(amount);
        Piece kept = left.isZero() ? null : child(piece, "2", piece.holderCode(), left, at, txId);
        state.putPiece(spent, PieceStatus.LIVE);
        state.putPiece(given, null);
        if (kept != null) {
            state.putPiece(kept, null);
        }
        ReceivablesEvents.moved(stub, spent, given, root.funderMsp());
        return new TransferResult(spent, given, kept);
    }

    /**
     * The recipient's piece is one tier further down; the holder's remainder stays on the holder's
     * tier.
     */
    private static Piece child(
            Piece parent, String suffix, String holder, Money amount, String at, String txId) {
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
                PieceStatus.LIVE,
                at,
                txId,
                at,
                txId,
                entry);
    }
}
