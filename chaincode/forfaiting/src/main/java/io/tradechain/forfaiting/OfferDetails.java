package io.tradechain.forfaiting;

/** An offer with its private elements (GetOffer's answer). */
public record OfferDetails(Offer offer, OfferInfo info) {}
