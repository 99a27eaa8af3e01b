package io.tradechain.receivables;

/** A financing request waits for the funder bank (REQUESTED), which APPROVES or REFUSES it. */
public enum FinancingStatus {
    REQUESTED,
    APPROVED,
    REFUSED
}
