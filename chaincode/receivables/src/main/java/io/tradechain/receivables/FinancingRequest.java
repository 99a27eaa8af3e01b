package io.tradechain.receivables;

import io.tradechain.chaincode.common.Money;

/**
 * A holder's request to finance a piece at the funder bank of its line (融资). Public: who, which
 * piece, how much, the decision; the bank's rate, fee and disbursed amount are private ({@link
 * FinancingTerms}).
 *
 * @param pieceId the piece under financing (split off the holder's piece if only part is financed)
 * @param bankPieceId the piece the bank holds after approval
 */
public record FinancingRequest(
        String requestId,
        String rootId,
        String pieceId,
        String holderCode,
        String funderMsp,
        Money amount,
        FinancingStatus status,
        String invoiceDocumentId,
        String bankPieceId,
        String reason,
        String requestedAt,
        String decidedAt,
        String lastTxId) {

    FinancingRequest decided(
            FinancingStatus next, String bankPiece, String why, String at, String txId) {
        return new FinancingRequest(
                requestId,
                rootId,
                pieceId,
                holderCode,
                funderMsp,
                amount,
                next,
                invoiceDocumentId,
                bankPiece,
                why,
                requestedAt,
                at,
                txId);
    }
}
