package io.tradechain.receivables;

/**
 * The funder's pricing of a credit line's certificates, set when it grants the line (or later): a
 * yearly discount rate and a fee, both in basis points of the financed amount. Private to the
 * funder, the enterprises' peer (the chaincode shows it to the debtor only) and the regulator, in
 * the funder's terms collection.
 */
public record LinePricing(
        String lineId,
        int ratePerAnnumBp,
        int feeBp,
        String setBy,
        String setAt,
        String lastTxId) {}
