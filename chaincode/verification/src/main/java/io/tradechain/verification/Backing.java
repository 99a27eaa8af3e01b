package io.tradechain.verification;

import io.tradechain.chaincode.common.Money;

/**
 * A document backing one instrument of a product: a receivable certificate issued on the invoice,
 * or a drawing presented under an L/C with it. Keyed by the document, the product and the product's
 * own public reference (the certificate's root id, {@code <lcId>:<presentation>}), so the product
 * finds it again to give it back.
 *
 * @param byMsp the organisation whose member created the instrument (who asked, never shown to
 *     another organisation)
 */
public record Backing(
        String documentId,
        String product,
        String reference,
        Money amount,
        BackingStatus status,
        String byMsp,
        String backedAt,
        String updatedAt,
        String releaseReason,
        String lastTxId) {

    static Backing active(
            String documentId,
            String product,
            String reference,
            Money amount,
            String byMsp,
            String at,
            String txId) {
        return new Backing(
                documentId,
                product,
                reference,
                amount,
                BackingStatus.ACTIVE,
                byMsp,
                at,
                at,
                null,
                txId);
    }

    Backing released(String reason, String at, String txId) {
        return new Backing(
                documentId,
                product,
                reference,
                amount,
                BackingStatus.RELEASED,
                byMsp,
                backedAt,
                at,
                reason,
                txId);
    }
}
