package io.tradechain.receivables;

import io.tradechain.chaincode.common.ErrorCode;
import io.tradechain.chaincode.common.ErrorKind;

/** Stable error codes of the receivables chain; the gateway maps their kind to an HTTP status. */
public enum ReceivablesErrorCode implements ErrorCode {
    LINE_NOT_FOUND(ErrorKind.NOT_FOUND),
    PIECE_NOT_FOUND(ErrorKind.NOT_FOUND),
    ROOT_NOT_FOUND(ErrorKind.NOT_FOUND),
    FINANCING_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** The financing request was decided already. */
    FINANCING_NOT_PENDING(ErrorKind.CONFLICT),
    /** The invoice sent for the lock is not the one the certificate was issued against. */
    INVOICE_MISMATCH(ErrorKind.BUSINESS_RULE),
    /** The line has no pricing and the funder stated no complete terms. */
    PRICING_NOT_SET(ErrorKind.BUSINESS_RULE),
    /**
     * The invoice sent at issue is not AUTHENTIC (mismatch, voided or unknown) in the verification
     * chaincode.
     */
    INVOICE_NOT_AUTHENTIC(ErrorKind.BUSINESS_RULE),
    /** A certificate above its invoice's face value. */
    AMOUNT_EXCEEDS_INVOICE(ErrorKind.BUSINESS_RULE),
    /** The recipient or the debtor is not in the party registry. */
    PARTY_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** The bank already granted this enterprise a line. */
    LINE_ALREADY_EXISTS(ErrorKind.CONFLICT),
    /** The line is frozen: no new certificate. */
    LINE_FROZEN(ErrorKind.CONFLICT),
    /** The piece is not in a state that allows this (spent, pending acceptance, settled...). */
    PIECE_NOT_LIVE(ErrorKind.CONFLICT),
    /** The certificate is not waiting for acceptance. */
    PIECE_NOT_PENDING(ErrorKind.CONFLICT),
    /**
     * The certificate is not in a state that allows the operation (settled, cancelled, overdue
     * already...).
     */
    ROOT_STATE_CONFLICT(ErrorKind.CONFLICT),
    /**
     * Not yet at (settlement) or past (overdue) the maturity date; the same code and status as the
     * L/C's.
     */
    NOT_MATURED(ErrorKind.BUSINESS_RULE),
    /**
     * Issuing would use more than the line's limit, or an adjustment would go below what is used.
     */
    CREDIT_LINE_EXCEEDED(ErrorKind.BUSINESS_RULE),
    /** The line's tenor has ended. */
    LINE_EXPIRED(ErrorKind.BUSINESS_RULE),
    /** Maturity not after today, more than a year after issue, or after the line's end. */
    MATURITY_OUT_OF_RANGE(ErrorKind.BUSINESS_RULE),
    /** A transfer beyond the piece's amount. */
    AMOUNT_EXCEEDS_PIECE(ErrorKind.BUSINESS_RULE),
    /** A transfer on or after maturity: the certificate is due for settlement. */
    PIECE_MATURED(ErrorKind.BUSINESS_RULE),
    /** A transfer to oneself. */
    SELF_TRANSFER(ErrorKind.BUSINESS_RULE),
    /** Only the holder moves a piece. */
    NOT_THE_HOLDER(ErrorKind.FORBIDDEN),
    /** Only the debtor (the core enterprise) issues, cancels and settles. */
    NOT_THE_DEBTOR(ErrorKind.FORBIDDEN),
    /** Only the funder bank manages its line. */
    NOT_THE_FUNDER(ErrorKind.FORBIDDEN);

    private final ErrorKind kind;

    ReceivablesErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
