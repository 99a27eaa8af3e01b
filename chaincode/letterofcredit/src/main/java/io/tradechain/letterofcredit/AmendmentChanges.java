package io.tradechain.letterofcredit;

import io.tradechain.chaincode.common.Money;

/** What an amendment changes (transient {@code amendment}); absent fields stay as they are. */
public record AmendmentChanges(
        Money amount,
        Integer tolerancePct,
        String expiryDate,
        String goodsDescription,
        String note) {}
