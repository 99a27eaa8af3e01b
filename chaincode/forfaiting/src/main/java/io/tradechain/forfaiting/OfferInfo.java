package io.tradechain.forfaiting;

import io.tradechain.chaincode.common.Money;

/**
 * The elements the seller publishes to the banks (collection {@code forfaitingMarket}): the claim
 * and a contact.
 */
public record OfferInfo(
        String offerId,
        String lcId,
        int presentation,
        Money amount,
        String maturityDate,
        String issuingBankMsp,
        String contact) {}
