package io.tradechain.letterofcredit;

import java.util.List;

/**
 * The public record of a letter of credit, on every peer: its status, the two banks, counters and
 * the pending amendment's number. Parties, amounts and dates are terms ({@link LcTerms}), private
 * to the L/C's parties and the regulator. Every action rewrites this record (its step counter), so
 * actions on one L/C are serialised.
 *
 * @param cancelConsents the roles that consented to a cancellation so far, sorted
 */
public record LetterOfCredit(
        String lcId,
        LcStatus status,
        String issuingBankMsp,
        String advisingBankMsp,
        int version,
        Integer pendingAmendment,
        int amendments,
        int presentations,
        List<String> cancelConsents,
        int steps,
        String appliedAt,
        String updatedAt,
        String lastTxId) {

    LetterOfCredit withStatus(LcStatus next) {
        return new LetterOfCredit(
                lcId,
                next,
                issuingBankMsp,
                advisingBankMsp,
                version,
                pendingAmendment,
                amendments,
                presentations,
                cancelConsents,
                steps,
                appliedAt,
                updatedAt,
                lastTxId);
    }

    LetterOfCredit withAmendment(Integer pending, int count, int nextVersion) {
        return new LetterOfCredit(
                lcId,
                status,
                issuingBankMsp,
                advisingBankMsp,
                nextVersion,
                pending,
                count,
                presentations,
                cancelConsents,
                steps,
                appliedAt,
                updatedAt,
                lastTxId);
    }

    LetterOfCredit withPresentations(int count) {
        return new LetterOfCredit(
                lcId,
                status,
                issuingBankMsp,
                advisingBankMsp,
                version,
                pendingAmendment,
                amendments,
                count,
                cancelConsents,
                steps,
                appliedAt,
                updatedAt,
                lastTxId);
    }

    LetterOfCredit withConsents(List<String> consents) {
        return new LetterOfCredit(
                lcId,
                status,
                issuingBankMsp,
                advisingBankMsp,
                version,
                pendingAmendment,
                amendments,
                presentations,
                List.copyOf(consents),
                steps,
                appliedAt,
                updatedAt,
                lastTxId);
    }

    LetterOfCredit stepped(String at, String txId) {
        return new LetterOfCredit(
                lcId,
                status,
                issuingBankMsp,
                advisingBankMsp,
                version,
                pendingAmendment,
                amendments,
                presentations,
                cancelConsents,
                steps + 1,
                appliedAt,
                at,
                txId);
    }
}
