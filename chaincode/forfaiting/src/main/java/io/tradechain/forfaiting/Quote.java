package io.tradechain.forfaiting;

/**
 * The public trace of a quote: which bank quoted on which offer, when; its terms are in {@link
 * QuoteTerms}. A bank may quote more than once (a revised price); the seller accepts one quote by
 * its id.
 */
public record Quote(String quoteId, String offerId, String bankMsp, String quotedAt) {}
