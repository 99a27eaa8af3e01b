package io.tradechain.verification;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Money;

/**
 * The refusals of a use beyond a document's value. They tell the caller that the document is used
 * and what it asked, never who used it, through which product, or for how much: those are other
 * organisations' business. (The document's financeable balance is public by design; a refusal adds
 * nothing to it.)
 */
final class UseRefusals {
    private UseRefusals() {}

    /** Refuses a financing above the face value or above what earlier financings left. */
    static void requireFinanceable(Document document, Money amount) {
        if (amount.greaterThan(document.faceValue())) {
            throw BusinessException.of(
                    VerificationErrorCode.OVER_FINANCING,
                    "a financing of "
                            + describe(amount)
                            + " exceeds the document's face value of "
                            + describe(document.faceValue()),
                    "documentId",
                    document.documentId(),
                    "requested",
                    amount.minorUnitsText(),
                    "currency",
                    amount.currency(),
                    "faceValue",
                    document.faceValue().minorUnitsText());
        }
        if (amount.greaterThan(document.balance())) {
            throw BusinessException.of(
                    VerificationErrorCode.DUPLICATE_FINANCING,
                    "document "
                            + document.documentId()
                            + " is financed already; what is left of it does not cover "
                            + describe(amount),
                    "documentId",
                    document.documentId(),
                    "requested",
                    amount.minorUnitsText(),
                    "currency",
                    amount.currency());
        }
    }

    /** Refuses a backing above the face value or above what earlier backings left. */
    static void requireBackable(Document document, Money amount) {
        if (amount.greaterThan(document.faceValue())) {
            throw BusinessException.of(
                    VerificationErrorCode.AMOUNT_EXCEEDS_DOCUMENT,
                    "an instrument of "
                            + describe(amount)
                            + " exceeds the document's face value of "
                            + describe(document.faceValue()),
                    "documentId",
                    document.documentId(),
                    "requested",
                    amount.minorUnitsText(),
                    "currency",
                    amount.currency(),
                    "faceValue",
                    document.faceValue().minorUnitsText());
        }
        if (amount.greaterThan(document.unbacked())) {
            throw BusinessException.of(
                    VerificationErrorCode.DOCUMENT_ALREADY_BACKING,
                    "document "
                            + document.documentId()
                            + " backs other instruments already; what is left of its face value "
                            + "does not cover "
                            + describe(amount),
                    "documentId",
                    document.documentId(),
                    "requested",
                    amount.minorUnitsText(),
                    "currency",
                    amount.currency());
        }
    }

    static String describe(Money money) {
        return money.currency() + " " + money.toDecimalString();
    }
}
