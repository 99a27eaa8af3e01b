package io.tradechain.letterofcredit;

import io.tradechain.chaincode.common.ErrorCode;
import io.tradechain.chaincode.common.ErrorKind;

/**
 * Stable error codes of the letter-of-credit chaincode; the gateway maps their kind to an HTTP
 * status.
 */
public enum LcErrorCode implements ErrorCode {
    LC_NOT_FOUND(ErrorKind.NOT_FOUND),
    PRESENTATION_NOT_FOUND(ErrorKind.NOT_FOUND),
    AMENDMENT_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** The beneficiary is not in the party registry. */
    PARTY_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** The action is not allowed from the L/C's current state (the table of {@link LcAction}). */
    LC_STATE_CONFLICT(ErrorKind.CONFLICT),
    /**
     * The action is not allowed from the presentation's current state (the table of {@link
     * PresentationAction}).
     */
    PRESENTATION_STATE_CONFLICT(ErrorKind.CONFLICT),
    /** An amendment is already waiting for the beneficiary. */
    AMENDMENT_PENDING(ErrorKind.CONFLICT),
    /** No amendment waits for a decision. */
    NO_PENDING_AMENDMENT(ErrorKind.CONFLICT),
    /** Presentations are still open (not paid or refused). */
    PRESENTATIONS_OPEN(ErrorKind.CONFLICT),
    /** This party already consented to the cancellation. */
    ALREADY_CONSENTED(ErrorKind.CONFLICT),
    /** The claim was negotiated already. */
    ALREADY_NEGOTIATED(ErrorKind.CONFLICT),
    /**
     * The claim is not held by a bank, is being transferred, or the transfer named is not the
     * pending one.
     */
    CLAIM_NOT_TRANSFERABLE(ErrorKind.CONFLICT),
    /** The caller has no role in this L/C that allows the action. */
    NOT_ALLOWED_FOR_ROLE(ErrorKind.FORBIDDEN),
    /** The presentation would draw beyond the L/C's amount plus tolerance. */
    AMOUNT_EXCEEDS_LC(ErrorKind.BUSINESS_RULE),
    /** The L/C has expired: no presentation, amendment date in the past. */
    LC_EXPIRED(ErrorKind.BUSINESS_RULE),
    /** The L/C is not past its expiry date yet. */
    LC_NOT_EXPIRED(ErrorKind.BUSINESS_RULE),
    /** Acceptance is for usance L/Cs; a sight L/C is paid at once. */
    NOT_USANCE(ErrorKind.BUSINESS_RULE),
    /** A usance presentation is paid at or after its maturity date. */
    NOT_MATURED(ErrorKind.BUSINESS_RULE),
    /** The invoice is not AUTHENTIC in the verification chaincode. */
    INVOICE_NOT_AUTHENTIC(ErrorKind.BUSINESS_RULE),
    /**
     * The invoice is not from the beneficiary to the applicant, or does not cover the amount drawn.
     */
    INVOICE_MISMATCH(ErrorKind.BUSINESS_RULE),
    /**
     * An amendment that would leave the L/C below what is already drawn or with an expiry in the
     * past.
     */
    AMENDMENT_INVALID(ErrorKind.BUSINESS_RULE);

    private final ErrorKind kind;

    LcErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
