package io.tradechain.receivables;

import io.tradechain.chaincode.common.Money;

/**
 * One piece of a root certificate: the root itself, or a part split off it by a transfer. Pieces
 * are never changed in amount: a move spends the piece and creates children whose amounts add up to
 * it, so the live pieces of a root always add up to its face value.
 *
 * @param depth the tier the piece reached: 0 for the root, one more for each change of holder (a
 *     remainder kept by the same holder stays on its tier)
 * @param entryId the piece through which the holder received this value: the piece itself when it
 *     came from another holder (or is the root), else its parent's entry. A trace walks entries, so
 *     its cost grows with the number of holders on the path, not with how often each of them split.
 */
public record Piece(
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
        String entryId) {

    Piece withStatus(PieceStatus next, String at, String txId) {
        return new Piece(
                pieceId,
                rootId,
                parentId,
                depth,
                holderCode,
                amount,
                next,
                createdAt,
                createdTxId,
                at,
                txId,
                entryId);
    }
}
