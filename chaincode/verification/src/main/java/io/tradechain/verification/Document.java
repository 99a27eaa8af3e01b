package io.tradechain.verification;

import io.tradechain.chaincode.common.Money;

/**
 * The public record of a registered document: what every peer holds in clear. No field of the authority's copy
 * appears here; the owner only as the hash of its credit code.
 *
 * @param financed sum of the locks that are LOCKED or REPAID
 * @param balance  faceValue - financed: what may still be locked
 */
public record Document(String documentId, DocumentType type, DocumentStatus status, String ownerHash,
        Money faceValue, Money financed, Money balance, int lockCount, String registeredBy, String registeredAt,
        String voidReason, String updatedAt, String lastTxId) {

    static Document registered(DocumentFields fields, String registeredBy, String at, String txId) {
        Money face = fields.faceValue();
        return new Document(fields.documentId(), fields.type(), DocumentStatus.ACTIVE, OwnerHash.of(fields.ownerCode()),
                face, Money.zero(face.currency()), face, 0, registeredBy, at, null, at, txId);
    }

    Document locked(Money amount, String at, String txId) {
        Money nowFinanced = financed.plus(amount);
        return new Document(documentId, type, status, ownerHash, faceValue, nowFinanced, faceValue.minus(nowFinanced),
                lockCount + 1, registeredBy, registeredAt, voidReason, at, txId);
    }

    Document released(Money amount, String at, String txId) {
        Money nowFinanced = financed.minus(amount);
        return new Document(documentId, type, status, ownerHash, faceValue, nowFinanced, faceValue.minus(nowFinanced),
                lockCount, registeredBy, registeredAt, voidReason, at, txId);
    }

    Document voided(String reason, String at, String txId) {
        return new Document(documentId, type, DocumentStatus.VOIDED, ownerHash, faceValue, financed, balance,
                lockCount, registeredBy, registeredAt, reason, at, txId);
    }

    boolean isActive() {
        return status == DocumentStatus.ACTIVE;
    }
}
