package io.tradechain.verification;

/**
 * The classes of a document's fields, each stored as its own private value so that verification can
 * name the class that differs without revealing the authority's value. Declared in the order
 * verification compares them.
 */
public enum FieldClass {
    /**
     * The invoice's 20-digit check code (校验码); also the salt of the other classes of an invoice.
     */
    CHECK_CODE,
    /** Seller and buyer, or exporter. */
    PARTIES,
    /** Amount and tax, or declared amount. */
    AMOUNTS,
    /** Issue date or declaration date. */
    DATES
}
