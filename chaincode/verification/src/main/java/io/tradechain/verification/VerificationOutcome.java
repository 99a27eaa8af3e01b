package io.tradechain.verification;

/** The answer of verification for one document. */
public enum VerificationOutcome {
    /** Every field class matches and the document is active. */
    AUTHENTIC,
    /** The document exists but at least one field class differs. */
    MISMATCH,
    /** Every field class matches but the authority voided the document. */
    VOIDED,
    /** No document with these identifiers is registered. */
    UNKNOWN
}
