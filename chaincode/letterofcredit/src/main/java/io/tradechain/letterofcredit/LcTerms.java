package io.tradechain.letterofcredit;

import io.tradechain.chaincode.common.Money;
import java.util.List;

/**
 * The terms of a letter of credit and what was drawn and paid under it, in the collection {@code
 * lcPrivate}; the chaincode shows them to the L/C's two banks, applicant and beneficiary and the
 * regulator only.
 *
 * @param tolerancePct the L/C may be drawn up to amount x (100 + tolerance) / 100 and counts as
 *     used from amount x (100 - tolerance) / 100
 * @param usanceDays 0 for a sight L/C (paid when compliant); otherwise days from acceptance to
 *     maturity
 * @param drawn the sum of presentations not refused
 * @param paid the sum of presentations paid
 * @param version 1 when issued, +1 for each accepted amendment
 */
public record LcTerms(
        String lcId,
        String applicantCode,
        String beneficiaryCode,
        String issuingBankMsp,
        String advisingBankMsp,
        Money amount,
        int tolerancePct,
        String expiryDate,
        int usanceDays,
        String goodsDescription,
        List<String> documentsRequired,
        String contractRef,
        Money drawn,
        Money paid,
        int version) {

    LcTerms withUsage(Money nextDrawn, Money nextPaid) {
        return new LcTerms(
                lcId,
                applicantCode,
                beneficiaryCode,
                issuingBankMsp,
                advisingBankMsp,
                amount,
                tolerancePct,
                expiryDate,
                usanceDays,
                goodsDescription,
                documentsRequired,
                contractRef,
                nextDrawn,
                nextPaid,
                version);
    }

    LcTerms amended(AmendmentChanges changes) {
        return new LcTerms(
                lcId,
                applicantCode,
                beneficiaryCode,
                issuingBankMsp,
                advisingBankMsp,
                changes.amount() != null ? changes.amount() : amount,
                changes.tolerancePct() != null ? changes.tolerancePct() : tolerancePct,
                changes.expiryDate() != null ? changes.expiryDate() : expiryDate,
                usanceDays,
                changes.goodsDescription() != null ? changes.goodsDescription() : goodsDescription,
                documentsRequired,
                contractRef,
                drawn,
                paid,
                version + 1);
    }

    /** The most that may be drawn: the amount plus the tolerance, rounded down to a minor unit. */
    Money ceiling() {
        return Money.of(
                Math.multiplyExact(amount.minorUnits(), 100L + tolerancePct) / 100,
                amount.currency());
    }

    /** Drawn at least this much, the L/C is used up: the amount less the tolerance, rounded up. */
    Money floor() {
        long scaled = Math.multiplyExact(amount.minorUnits(), 100L - tolerancePct);
        return Money.of((scaled + 99) / 100, amount.currency());
    }

    boolean isUsance() {
        return usanceDays > 0;
    }
}
