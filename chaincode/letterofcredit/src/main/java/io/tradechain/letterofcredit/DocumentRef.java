package io.tradechain.letterofcredit;

/**
 * One presented document: its kind (INVOICE, BILL_OF_LADING, ...), its reference and the SHA-256 of
 * its file.
 */
public record DocumentRef(String type, String reference, String sha256) {}
