package io.tradechain.verification;

import io.tradechain.chaincode.common.Money;

/**
 * The public record of a registered document: what every peer holds in clear. No field of the
 * authority's copy appears here; the owner only as the hash of its credit code. Two budgets of the
 * face value are kept, whichever product or bank uses the document
 * (docs/one-invoice-one-financing.md):
 *
 * @param financed sum of the locks (financings) that are LOCKED or REPAID
 * @param balance faceValue - financed: what may still be financed
 * @param backed sum of the active backings (certificates issued, L/C drawings presented on it)
 * @param unbacked faceValue - backed: what may still back a new instrument
 */
public record Document(
        String documentId,
        DocumentType type,
        DocumentStatus status,
        String ownerHash,
        Money faceValue,
        Money financed,
        Money balance,
        int lockCount,
        String registeredBy,
        String registeredAt,
        String voidReason,
        String updatedAt,
        String lastTxId,
        Money backed,
        Money unbacked,
        int backingCount) {

    /**
     * Reads records written before backings existed (no backed / unbacked fields) as never backed.
     */
    public Document {
        if (backed == null) {
            backed = Money.zero(faceValue.currency());
            unbacked = faceValue;
        }
    }

    static Document registered(DocumentFields fields, String registeredBy, String at, String txId) {
        Money face = fields.faceValue();
        Money zero = Money.zero(face.currency());
        return new Document(
                fields.documentId(),
                fields.type(),
                DocumentStatus.ACTIVE,
                OwnerHash.of(fields.ownerCode()),
                face,
                zero,
                face,
                0,
                registeredBy,
                at,
                null,
                at,
                txId,
                zero,
                face,
                0);
    }

    Document locked(Money amount, String at, String txId) {
        Money nowFinanced = financed.plus(amount);
        return new Document(
                documentId,
                type,
                status,
                ownerHash,
                faceValue,
                nowFinanced,
                faceValue.minus(nowFinanced),
                lockCount + 1,
                registeredBy,
                registeredAt,
                voidReason,
                at,
                txId,
                backed,
                unbacked,
                backingCount);
    }

    Document released(Money amount, String at, String txId) {
        Money nowFinanced = financed.minus(amount);
        return new Document(
                documentId,
                type,
                status,
                ownerHash,
                faceValue,
                nowFinanced,
                faceValue.minus(nowFinanced),
                lockCount,
                registeredBy,
                registeredAt,
                voidReason,
                at,
                txId,
                backed,
                unbacked,
                backingCount);
    }

    /** Another backing of {@code amount}. */
    Document backedBy(Money amount, String at, String txId) {
        Money nowBacked = backed.plus(amount);
        return new Document(
                documentId,
                type,
                status,
                ownerHash,
                faceValue,
                financed,
                balance,
                lockCount,
                registeredBy,
                registeredAt,
                voidReason,
                at,
                txId,
                nowBacked,
                faceValue.minus(nowBacked),
                backingCount + 1);
    }

    /** A backing of {@code amount} given back. */
    Document unbackedBy(Money amount, String at, String txId) {
        Money nowBacked = backed.minus(amount);
        return new Document(
                documentId,
                type,
                status,
                ownerHash,
                faceValue,
                financed,
                balance,
                lockCount,
                registeredBy,
                registeredAt,
                voidReason,
                at,
                txId,
                nowBacked,
                faceValue.minus(nowBacked),
                backingCount);
    }

    Document voided(String reason, String at, String txId) {
        return new Document(
                documentId,
                type,
                DocumentStatus.VOIDED,
                ownerHash,
                faceValue,
                financed,
                balance,
                lockCount,
                registeredBy,
                registeredAt,
                reason,
                at,
                txId,
                backed,
                unbacked,
                backingCount);
    }

    boolean isActive() {
        return status == DocumentStatus.ACTIVE;
    }
}
