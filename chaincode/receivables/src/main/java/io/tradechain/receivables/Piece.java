package io.tradechain.receivables;

import io.tradechain.chaincode.common.Money;

/**
 * One piece of a root certificate: the root itself, or a part split off it by a transfer. Pieces are never changed in
 * amount: a move spends the piece and creates children whose amounts add up to it, so the live pieces of a root always
 * add up to its face value.
 *
 * @param depth 0 for the root, parent's depth + 1 for a child (the supplier tier the piece reached)
 */
public record Piece(String pieceId, String rootId, String parentId, int depth, String holderCode, Money amount,
        PieceStatus status, String createdAt, String createdTxId, String updatedAt, String lastTxId) {

    Piece withStatus(PieceStatus next, String at, String txId) {
        return new Piece(pieceId, rootId, parentId, depth, holderCode, amount, next, createdAt, createdTxId, at, txId);
    }
}
