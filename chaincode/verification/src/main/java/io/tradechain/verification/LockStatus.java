package io.tradechain.verification;

/**
 * LOCKED → RELEASED (cancellation, balance restored) or → REPAID (repayments reach the locked
 * amount).
 */
public enum LockStatus {
    LOCKED,
    RELEASED,
    REPAID
}
