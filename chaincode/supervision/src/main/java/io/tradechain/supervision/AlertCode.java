package io.tradechain.supervision;

/** The refusals that matter to supervision; each names the chaincode error code it records. */
public enum AlertCode {
    /** verification: a financing beyond what is left of a document's balance. */
    DUPLICATE_FINANCING,
    /** verification: a single financing above a document's face value. */
    OVER_FINANCING,
    /** verification: a backing beyond what earlier backings left of a document's face value. */
    DOCUMENT_ALREADY_BACKING,
    /** blacklist (through any product): an act for a party on the credit blacklist. */
    PARTY_BLACKLISTED,
    /** receivables: a certificate issued beyond its credit line's limit. */
    CREDIT_LINE_EXCEEDED
}
