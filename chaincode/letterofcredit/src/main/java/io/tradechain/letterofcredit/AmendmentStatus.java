package io.tradechain.letterofcredit;

/** An amendment takes effect only when the beneficiary accepts it. */
public enum AmendmentStatus {
    PENDING,
    ACCEPTED,
    REJECTED
}
