package io.tradechain.verification;

import io.tradechain.chaincode.common.ErrorCode;
import io.tradechain.chaincode.common.ErrorKind;

/**
 * Stable error codes of the verification chaincode; the gateway maps their kind to an HTTP status.
 */
public enum VerificationErrorCode implements ErrorCode {
    /** No document with the given id. */
    DOCUMENT_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** No lock with this financing reference on the document. */
    LOCK_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** The party never authorised the bank. */
    AUTHORISATION_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** A document with the same identifiers is registered already. */
    DOCUMENT_ALREADY_REGISTERED(ErrorKind.CONFLICT),
    /** The financing reference is used on the document already. */
    LOCK_ALREADY_EXISTS(ErrorKind.CONFLICT),
    /** The authority voided the document: no new lock, no second void. */
    DOCUMENT_VOIDED(ErrorKind.CONFLICT),
    /** The lock was released or fully repaid. */
    LOCK_NOT_ACTIVE(ErrorKind.CONFLICT),
    /** A lock with repayments cannot be released. */
    LOCK_PARTLY_REPAID(ErrorKind.CONFLICT),
    /** The authorisation is revoked or expired already. */
    AUTHORISATION_NOT_ACTIVE(ErrorKind.CONFLICT),
    /** A lock's fields do not verify against the registered document. */
    DOCUMENT_MISMATCH(ErrorKind.BUSINESS_RULE),
    /** One financing asks for more than the document's face value (超额融资). */
    OVER_FINANCING(ErrorKind.BUSINESS_RULE),
    /** A financing beyond what earlier financings left of the document (重复融资). */
    DUPLICATE_FINANCING(ErrorKind.BUSINESS_RULE),
    /** A repayment beyond what is still owed on the lock. */
    REPAYMENT_EXCEEDS_LOCK(ErrorKind.BUSINESS_RULE),
    /** An issue or declaration date after the transaction's date. */
    DATE_IN_FUTURE(ErrorKind.BUSINESS_RULE),
    /** An authorisation expiry not after today or more than 366 days ahead. */
    EXPIRY_OUT_OF_RANGE(ErrorKind.BUSINESS_RULE),
    /** More documents in one verification than the limit. */
    BATCH_TOO_LARGE(ErrorKind.VALIDATION),
    /** A backing of more than the document's face value. */
    AMOUNT_EXCEEDS_DOCUMENT(ErrorKind.BUSINESS_RULE),
    /**
     * The document backs other instruments already and what is left of its face value does not
     * cover the amount.
     */
    DOCUMENT_ALREADY_BACKING(ErrorKind.BUSINESS_RULE),
    /** The product's reference backs the document already. */
    BACKING_ALREADY_EXISTS(ErrorKind.CONFLICT),
    /** No backing of the document under this product and reference. */
    BACKING_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** The backing was given back already. */
    BACKING_NOT_ACTIVE(ErrorKind.CONFLICT),
    /**
     * A product's uses changed by a transaction that did not enter through that product's
     * chaincode.
     */
    PRODUCT_CALL_REQUIRED(ErrorKind.FORBIDDEN),
    /** A bank acted on another bank's lock. */
    NOT_THE_LOCKING_BANK(ErrorKind.FORBIDDEN),
    /** A bank queried a party's documents without any authorisation from it. */
    AUTHORISATION_REQUIRED(ErrorKind.FORBIDDEN),
    /** The party's authorisation of the bank has expired. */
    AUTHORISATION_EXPIRED(ErrorKind.FORBIDDEN),
    /** The party revoked its authorisation of the bank. */
    AUTHORISATION_REVOKED(ErrorKind.FORBIDDEN);

    private final ErrorKind kind;

    VerificationErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
