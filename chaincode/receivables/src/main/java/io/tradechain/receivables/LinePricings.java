package io.tradechain.receivables;

import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Money;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.chaincode.common.PartyDirectory;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * A credit line's pricing (the funder's rate and fee for the debtor's certificates) and the terms
 * it gives a financing when the funder states none: interest discounted from the financed amount
 * for the days to maturity on an actual/365 basis, the fee in basis points of the amount, both
 * rounded down to the minor unit, the rest disbursed. Integer arithmetic only, so every peer
 * computes the same terms.
 */
final class LinePricings {
    static final String PRICING = "pricing";
    static final int MAX_BP = 10_000;
    private static final BigInteger DAY_COUNT_BASIS = BigInteger.valueOf(365L * MAX_BP);

    private final ChaincodeStub stub;
    private final ReceivablesState state;
    private final PartyDirectory parties;

    LinePricings(ChaincodeStub stub, ReceivablesState state, PartyDirectory parties) {
        this.stub = stub;
        this.state = state;
        this.parties = parties;
    }

    /** The pricing sent under {@code pricing} in the transient map, if there is one. */
    Optional<PricingInput> sent() {
        byte[] raw = stub.getTransient() == null ? null : stub.getTransient().get(PRICING);
        if (raw == null) {
            return Optional.empty();
        }
        return Optional.of(
                CanonicalJson.parseArgument(
                        PRICING, new String(raw, StandardCharsets.UTF_8), PricingInput.class));
    }

    /** Records the pricing of {@code line} from the input. */
    LinePricing record(Caller caller, CreditLine line, PricingInput input) {
        int rate = basisPoints("pricing.ratePerAnnumBp", input.ratePerAnnumBp());
        int fee = input.feeBp() == null ? 0 : basisPoints("pricing.feeBp", input.feeBp());
        LinePricing pricing =
                new LinePricing(
                        line.lineId(),
                        rate,
                        fee,
                        caller.clientId(),
                        Dates.now(stub),
                        stub.getTxId());
        state.putPricing(line.funderMsp(), pricing);
        return pricing;
    }

    /** The funder changes its pricing; financings approved before keep their terms. */
    CreditLine set(Caller caller, String lineId) {
        CreditLine line = state.line(Args.text("lineId", lineId, 128));
        ReceivablesAccess.requireFunder(caller, line, "price it");
        PricingInput input =
                sent().orElseThrow(
                                () ->
                                        BusinessException.of(
                                                CommonErrorCode.MISSING_TRANSIENT,
                                                "the pricing travels in the transient map under "
                                                        + PRICING,
                                                "field",
                                                PRICING));
        record(caller, line, input);
        ReceivablesEvents.line(stub, "CreditLinePriced", line);
        return line;
    }

    /** The pricing: for the funder, the debtor and the regulator. */
    LinePricing read(Caller caller, String lineId) {
        CreditLine line = state.line(Args.text("lineId", lineId, 128));
        boolean allowed =
                Organisations.isReadOnly(caller.mspId())
                        || caller.mspId().equals(line.funderMsp())
                        || Organisations.CORP_MSP.equals(caller.mspId())
                                && parties.callerParty().creditCode().equals(line.debtorCode());
        if (!allowed) {
            throw BusinessException.of(
                    CommonErrorCode.ACCESS_DENIED,
                    "the pricing of line "
                            + lineId
                            + " is private "
                            + "to "
                            + line.funderMsp()
                            + ", the debtor and the regulator",
                    "lineId",
                    lineId);
        }
        return state.pricing(line.funderMsp(), line.lineId())
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        ReceivablesErrorCode.PRICING_NOT_SET,
                                        "line " + lineId + " has no pricing",
                                        "lineId",
                                        lineId));
    }

    /**
     * Terms of a financing of {@code amount} maturing on {@code maturity}: what the funder stated,
     * each element it left out taken from the line's pricing (rate, fee) or computed (disbursed).
     */
    FinancingTerms termsFor(
            Caller caller,
            CreditLine line,
            FinancingRequest request,
            LocalDate maturity,
            TermsInput stated) {
        Optional<LinePricing> pricing = state.pricing(line.funderMsp(), line.lineId());
        TermsInput given = stated == null ? new TermsInput(null, null, null) : stated;
        boolean complete =
                given.ratePerAnnumBp() != null && given.fee() != null && given.disbursed() != null;
        if (!complete && pricing.isEmpty()) {
            throw BusinessException.of(
                    ReceivablesErrorCode.PRICING_NOT_SET,
                    "line "
                            + line.lineId()
                            + " has no "
                            + "pricing: state the financing's ratePerAnnumBp, fee and disbursed in terms",
                    "field",
                    "terms");
        }
        int rate =
                given.ratePerAnnumBp() != null
                        ? basisPoints("terms.ratePerAnnumBp", given.ratePerAnnumBp())
                        : pricing.get().ratePerAnnumBp();
        Money amount = request.amount();
        Money fee =
                given.fee() != null
                        ? given.fee()
                        : share(
                                amount,
                                BigInteger.valueOf(pricing.get().feeBp()),
                                BigInteger.valueOf(MAX_BP));
        Money disbursed = given.disbursed();
        if (disbursed == null) {
            long days = ChronoUnit.DAYS.between(Dates.today(stub), maturity);
            Money interest =
                    share(
                            amount,
                            BigInteger.valueOf(rate).multiply(BigInteger.valueOf(days)),
                            DAY_COUNT_BASIS);
            disbursed =
                    Money.of(
                            amount.minorUnits() - interest.minorUnits() - fee.minorUnits(),
                            amount.currency());
        }
        String basis =
                complete
                        ? FinancingTerms.STATED
                        : pricing.isPresent() && stated == null
                                ? FinancingTerms.LINE_PRICING
                                : FinancingTerms.STATED_AND_LINE_PRICING;
        return FinancingTerms.checked(request, rate, fee, disbursed, caller.clientId(), basis);
    }

    private static Money share(Money amount, BigInteger numerator, BigInteger denominator) {
        BigInteger part =
                BigInteger.valueOf(amount.minorUnits()).multiply(numerator).divide(denominator);
        return Money.of(part.longValueExact(), amount.currency());
    }

    private static int basisPoints(String field, Integer value) {
        if (value == null || value < 0 || value > MAX_BP) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    field + " must be 0 to " + MAX_BP + " basis points",
                    "field",
                    field);
        }
        return value;
    }
}
