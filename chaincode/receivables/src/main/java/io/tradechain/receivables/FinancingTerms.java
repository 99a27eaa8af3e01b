package io.tradechain.receivables;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Money;

/**
 * The funder bank's terms of an approved financing, private to that bank, the enterprises' peers
 * (the chaincode shows them to the holder only) and the regulator. {@code ratePerAnnumBp}: yearly
 * rate in basis points (350 = 3.50%). {@code basis}: where the terms came from: {@value #STATED} by
 * the funder at approval, the line's {@value #LINE_PRICING}, or {@value #STATED_AND_LINE_PRICING}
 * (what the funder left out from the line).
 */
public record FinancingTerms(
        String requestId,
        int ratePerAnnumBp,
        Money fee,
        Money disbursed,
        String decidedBy,
        String basis) {
    static final String STATED = "STATED";
    static final String LINE_PRICING = "LINE_PRICING";
    static final String STATED_AND_LINE_PRICING = "STATED_AND_LINE_PRICING";

    /** Terms whose fee and disbursed amount fit the financed amount. */
    static FinancingTerms checked(
            FinancingRequest request,
            int rate,
            Money fee,
            Money disbursed,
            String decidedBy,
            String basis) {
        Money amount = request.amount();
        for (Money value : new Money[] {fee, disbursed}) {
            if (!value.currency().equals(amount.currency())) {
                throw BusinessException.of(
                        CommonErrorCode.CURRENCY_MISMATCH,
                        "terms must be in " + amount.currency(),
                        "field",
                        "terms");
            }
        }
        if (fee.isNegative() || !disbursed.isPositive() || disbursed.greaterThan(amount)) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    "terms need a fee of at least zero and a "
                            + "disbursed amount above zero and at most the financed "
                            + amount.toDecimalString(),
                    "field",
                    "terms");
        }
        return new FinancingTerms(request.requestId(), rate, fee, disbursed, decidedBy, basis);
    }
}
