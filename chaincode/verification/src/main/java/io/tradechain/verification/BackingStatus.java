package io.tradechain.verification;

/**
 * ACTIVE (its amount counts against the document's face value) → RELEASED (the instrument was
 * cancelled, rejected or refused: the amount is given back). A settled or paid instrument stays
 * ACTIVE: its trade has used the document.
 */
public enum BackingStatus {
    ACTIVE,
    RELEASED
}
