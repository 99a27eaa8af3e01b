package io.tradechain.verification;

/** A registered document is ACTIVE until the authority voids it. */
public enum DocumentStatus {
    ACTIVE,
    VOIDED
}
