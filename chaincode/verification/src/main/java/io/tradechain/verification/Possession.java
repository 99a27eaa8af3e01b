package io.tradechain.verification;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Money;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Proof of possession: a document is used (backed or financed) only by a caller who sends fields
 * that verify against the authority's copy, and only while it is active.
 */
final class Possession {
    private Possession() {}

    /** The registered, active document whose every field class matches {@code fields}. */
    static Document require(VerificationState state, DocumentFields fields) {
        Document document = state.document(fields.documentId());
        if (!document.isActive()) {
            throw BusinessException.of(
                    VerificationErrorCode.DOCUMENT_VOIDED,
                    "document "
                            + document.documentId()
                            + " was voided by the authority ("
                            + document.voidReason()
                            + "); it cannot be used",
                    "documentId",
                    document.documentId());
        }
        List<FieldClass> differing =
                new Verifier(state).mismatchedClasses(document.documentId(), fields);
        if (!differing.isEmpty()) {
            String classes = differing.stream().map(Enum::name).collect(Collectors.joining(","));
            throw BusinessException.of(
                    VerificationErrorCode.DOCUMENT_MISMATCH,
                    "the fields sent do not match the "
                            + "registered document ("
                            + classes
                            + " differ); only a verified document can be used",
                    "documentId",
                    document.documentId(),
                    "mismatchedFields",
                    classes);
        }
        return document;
    }

    static void requireSameCurrency(Money amount, Money reference, String field) {
        if (!amount.currency().equals(reference.currency())) {
            throw BusinessException.of(
                    CommonErrorCode.CURRENCY_MISMATCH,
                    field
                            + " is in "
                            + amount.currency()
                            + " but the document is in "
                            + reference.currency(),
                    "field",
                    field);
        }
    }
}
