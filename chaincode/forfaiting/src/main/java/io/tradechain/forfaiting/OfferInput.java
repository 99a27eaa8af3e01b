package io.tradechain.forfaiting;

/** Transient {@code offer}: how buying banks reach the seller's desk. */
public record OfferInput(String contact) {}
