package io.tradechain.receivables;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.EntityStore;
import io.tradechain.chaincode.common.Index;
import io.tradechain.chaincode.common.Page;
import io.tradechain.chaincode.common.PageRequest;
import java.util.List;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Keys of the receivables chain: {@code rline} + lineId, {@code rroot} + rootId, {@code rpiece} + pieceId; indexes
 * {@code rlive} + rootId + pieceId (live pieces of a root, for settlement in pages) and {@code rhold} + holderCode +
 * pieceId (a party's live pieces). A move touches only the moved piece's keys, so moves of different pieces of one
 * root never conflict and cost the same whatever the root's size.
 */
final class ReceivablesState {
    private final EntityStore<CreditLine> lines;
    private final EntityStore<RootCertificate> roots;
    private final EntityStore<Piece> pieces;
    private final Index liveByRoot;
    private final Index liveByHolder;

    ReceivablesState(ChaincodeStub stub) {
        this.lines = new EntityStore<>(stub, "rline", CreditLine.class);
        this.roots = new EntityStore<>(stub, "rroot", RootCertificate.class);
        this.pieces = new EntityStore<>(stub, "rpiece", Piece.class);
        this.liveByRoot = new Index(stub, "rlive");
        this.liveByHolder = new Index(stub, "rhold");
    }

    Optional<CreditLine> findLine(String lineId) {
        return lines.find(lineId);
    }

    CreditLine line(String lineId) {
        return findLine(lineId).orElseThrow(() -> BusinessException.of(ReceivablesErrorCode.LINE_NOT_FOUND,
                "no credit line " + lineId, "lineId", lineId));
    }

    void putLine(CreditLine line) {
        lines.put(line, line.lineId());
    }

    RootCertificate root(String rootId) {
        return roots.find(rootId).orElseThrow(() -> BusinessException.of(ReceivablesErrorCode.ROOT_NOT_FOUND,
                "no certificate " + rootId, "rootId", rootId));
    }

    void putRoot(RootCertificate root) {
        roots.put(root, root.rootId());
    }

    Piece piece(String pieceId) {
        return pieces.find(pieceId).orElseThrow(() -> BusinessException.of(ReceivablesErrorCode.PIECE_NOT_FOUND,
                "no piece " + pieceId, "pieceId", pieceId));
    }

    /** Writes a piece and keeps the live indexes in step with its status. */
    void putPiece(Piece piece, PieceStatus before) {
        boolean wasLive = before == PieceStatus.LIVE;
        boolean isLive = piece.status() == PieceStatus.LIVE;
        pieces.put(piece, piece.pieceId());
        if (wasLive && !isLive) {
            liveByRoot.remove(piece.rootId(), piece.pieceId());
            liveByHolder.remove(piece.holderCode(), piece.pieceId());
        } else if (!wasLive && isLive) {
            liveByRoot.add(piece.rootId(), piece.pieceId());
            liveByHolder.add(piece.holderCode(), piece.pieceId());
        }
    }

    /** The first live pieces of a root, usable in a submit (its reads guard against phantoms). */
    List<String> firstLivePieces(String rootId, int limit) {
        return liveByRoot.firstN(limit, rootId);
    }

    /** A page of a party's live pieces; evaluate only. */
    Page<Piece> holdings(String holderCode, PageRequest page) {
        return liveByHolder.page(page, holderCode).map(this::piece);
    }
}
