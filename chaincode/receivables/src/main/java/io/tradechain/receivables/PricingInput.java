package io.tradechain.receivables;

/**
 * What a funder sends in the transient map under {@code pricing}: rate and fee in basis points (0
 * to 10000).
 */
public record PricingInput(Integer ratePerAnnumBp, Integer feeBp) {}
