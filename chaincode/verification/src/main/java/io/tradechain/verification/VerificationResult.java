package io.tradechain.verification;

import io.tradechain.chaincode.common.Money;
import java.util.List;

/**
 * The answer for one document. {@code mismatchedFields} names the classes that differ (MISMATCH
 * only), never a value of the authority; face value and balance are given for an AUTHENTIC document
 * only.
 */
public record VerificationResult(
        int index,
        String documentId,
        DocumentType type,
        VerificationOutcome result,
        List<FieldClass> mismatchedFields,
        Money faceValue,
        Money balance) {

    public VerificationResult {
        mismatchedFields =
                mismatchedFields == null || mismatchedFields.isEmpty()
                        ? null
                        : List.copyOf(mismatchedFields);
    }
}
