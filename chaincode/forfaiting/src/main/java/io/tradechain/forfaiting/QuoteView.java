package io.tradechain.forfaiting;

/** A quote as its readers see it: its terms and whether it is live, accepted or lapsed. */
public record QuoteView(Quote quote, QuoteTerms terms, String status) {}
