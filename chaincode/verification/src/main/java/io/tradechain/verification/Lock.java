package io.tradechain.verification;

import io.tradechain.chaincode.common.Money;

/**
 * An amount of a document occupied by one financing (占用). Released on cancellation (the balance comes back) or
 * repaid (the balance stays consumed: the document has been financed).
 */
public record Lock(String documentId, String financingRef, String bankMsp, Money amount, Money repaid,
        LockStatus status, String lockedAt, String updatedAt, String releaseReason, String lastTxId) {

    static Lock locked(String documentId, String financingRef, String bankMsp, Money amount, String at, String txId) {
        return new Lock(documentId, financingRef, bankMsp, amount, Money.zero(amount.currency()), LockStatus.LOCKED,
                at, at, null, txId);
    }

    Money outstanding() {
        return amount.minus(repaid);
    }

    Lock released(String reason, String at, String txId) {
        return new Lock(documentId, financingRef, bankMsp, amount, repaid, LockStatus.RELEASED, lockedAt, at, reason,
                txId);
    }

    Lock repaid(Money payment, String at, String txId) {
        Money total = repaid.plus(payment);
        LockStatus next = total.equals(amount) ? LockStatus.REPAID : LockStatus.LOCKED;
        return new Lock(documentId, financingRef, bankMsp, amount, total, next, lockedAt, at, null, txId);
    }
}
