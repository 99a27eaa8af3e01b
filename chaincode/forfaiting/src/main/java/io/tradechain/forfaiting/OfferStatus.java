package io.tradechain.forfaiting;

/**
 * Where a forfaiting offer stands. OPEN, AGREED and CONFIRMED keep the claim off the market for
 * anyone else.
 */
public enum OfferStatus {
    /** Published to the banks; quotes welcome. */
    OPEN,
    /** The seller accepted one quote; the others lapsed. */
    AGREED,
    /**
     * Both banks recorded the transfer agreement and notice; the issuing bank has to acknowledge.
     */
    CONFIRMED,
    /** The issuing bank acknowledged: the buyer holds the claim. */
    COMPLETED,
    /** The seller took the offer back before accepting a quote. */
    WITHDRAWN;

    boolean holdsTheClaim() {
        return this == OPEN || this == AGREED || this == CONFIRMED;
    }
}
