package io.tradechain.gateway.receivables;

import io.tradechain.chaincode.common.Money;
import io.tradechain.receivables.Piece;
import io.tradechain.receivables.PieceStatus;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One piece of a certificate's tree with the pieces split off it (a piece's fields, plus its
 * children).
 */
@Schema(
        name = "PieceNode",
        description = "A piece of the certificate and, nested, the pieces split off it")
public record PieceNode(
        String pieceId,
        String rootId,
        String parentId,
        int depth,
        String holderCode,
        Money amount,
        PieceStatus status,
        String createdAt,
        String createdTxId,
        String updatedAt,
        String lastTxId,
        String entryId,
        @Schema(description = "The pieces split off this one, each with its own children")
                List<PieceNode> children) {

    static PieceNode of(Piece piece, List<PieceNode> children) {
        return new PieceNode(
                piece.pieceId(),
                piece.rootId(),
                piece.parentId(),
                piece.depth(),
                piece.holderCode(),
                piece.amount(),
                piece.status(),
                piece.createdAt(),
                piece.createdTxId(),
                piece.updatedAt(),
                piece.lastTxId(),
                piece.entryId(),
                List.copyOf(children));
    }
}
