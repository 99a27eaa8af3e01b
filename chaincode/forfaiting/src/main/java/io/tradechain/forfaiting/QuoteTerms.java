package io.tradechain.forfaiting;

import io.tradechain.chaincode.common.Money;

/**
 * A quote's terms (询价/报价), private between the two banks (and the regulator): discount rate and
 * price.
 */
public record QuoteTerms(Integer discountRateBp, Money price) {}
