package io.tradechain.verification;

import io.tradechain.chaincode.common.Money;

/**
 * An amount of a document occupied by one financing (占用). Released on cancellation (the balance
 * comes back) or repaid (the balance stays consumed: the document has been financed).
 *
 * @param product the product chaincode whose use the financing is on (a negotiated L/C
 *     presentation), or null for a bank's own lock with the document's fields (invoice financing, a
 *     certificate's financing)
 */
public record Lock(
        String documentId,
        String financingRef,
        String bankMsp,
        Money amount,
        Money repaid,
        LockStatus status,
        String lockedAt,
        String updatedAt,
        String releaseReason,
        String lastTxId,
        String product) {

    static Lock locked(
            String documentId,
            String financingRef,
            String bankMsp,
            Money amount,
            String at,
            String txId) {
        return locked(documentId, financingRef, bankMsp, amount, at, txId, null);
    }

    static Lock locked(
            String documentId,
            String financingRef,
            String bankMsp,
            Money amount,
            String at,
            String txId,
            String product) {
        return new Lock(
                documentId,
                financingRef,
                bankMsp,
                amount,
                Money.zero(amount.currency()),
                LockStatus.LOCKED,
                at,
                at,
                null,
                txId,
                product);
    }

    Money outstanding() {
        return amount.minus(repaid);
    }

    Lock released(String reason, String at, String txId) {
        return new Lock(
                documentId,
                financingRef,
                bankMsp,
                amount,
                repaid,
                LockStatus.RELEASED,
                lockedAt,
                at,
                reason,
                txId,
                product);
    }

    Lock repaid(Money payment, String at, String txId) {
        Money total = repaid.plus(payment);
        LockStatus next = total.equals(amount) ? LockStatus.REPAID : LockStatus.LOCKED;
        return new Lock(
                documentId,
                financingRef,
                bankMsp,
                amount,
                total,
                next,
                lockedAt,
                at,
                null,
                txId,
                product);
    }

    /** The same financing, now held by {@code toMsp} (a claim sold on). */
    Lock heldBy(String toMsp, String at, String txId) {
        return new Lock(
                documentId,
                financingRef,
                toMsp,
                amount,
                repaid,
                status,
                lockedAt,
                at,
                null,
                txId,
                product);
    }
}
