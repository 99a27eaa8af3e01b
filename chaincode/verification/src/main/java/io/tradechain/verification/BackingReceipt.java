package io.tradechain.verification;

/**
 * What a backing or its release answers: the backing and the document's public record after the
 * change.
 */
public record BackingReceipt(Backing backing, Document document) {}
