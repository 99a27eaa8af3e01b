package io.tradechain.receivables;

import io.tradechain.chaincode.common.Money;

/**
 * The funder bank's terms of an approved financing, private to that bank, the enterprises' peers (the chaincode shows
 * them to the holder only) and the regulator. {@code ratePerAnnumBp}: yearly rate in basis points (350 = 3.50%).
 */
public record FinancingTerms(String requestId, int ratePerAnnumBp, Money fee, Money disbursed, String decidedBy) {
}
