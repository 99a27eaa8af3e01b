package io.tradechain.verification;

/**
 * What a lock, release or repayment answers: the lock and the document's public record after the
 * change.
 */
public record LockReceipt(Lock lock, Document document) {}
