package io.tradechain.verification;

import java.util.List;

/**
 * The answer of one verification call: counts per outcome and one result per document, in input
 * order.
 */
public record BatchVerification(
        int count,
        int authentic,
        int mismatch,
        int voided,
        int unknown,
        List<VerificationResult> results) {

    static BatchVerification of(List<VerificationResult> results) {
        int[] counts = new int[VerificationOutcome.values().length];
        for (VerificationResult result : results) {
            counts[result.result().ordinal()]++;
        }
        return new BatchVerification(
                results.size(),
                counts[VerificationOutcome.AUTHENTIC.ordinal()],
                counts[VerificationOutcome.MISMATCH.ordinal()],
                counts[VerificationOutcome.VOIDED.ordinal()],
                counts[VerificationOutcome.UNKNOWN.ordinal()],
                List.copyOf(results));
    }
}
