package io.tradechain.blacklist;

import io.tradechain.chaincode.common.ErrorCode;
import io.tradechain.chaincode.common.ErrorKind;

/** Stable error codes of the credit blacklist; the gateway maps their kind to an HTTP status. */
public enum BlacklistErrorCode implements ErrorCode {
    /** No report with the given id. */
    REPORT_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** No bank ever reported the party. */
    LISTING_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** The bank already has a report in force (ACTIVE or APPEALED) on the party. */
    DUPLICATE_ACTIVE_REPORT(ErrorKind.CONFLICT),
    /** The report is already under appeal. */
    REPORT_ALREADY_APPEALED(ErrorKind.CONFLICT),
    /** The report has no pending appeal to reject. */
    REPORT_NOT_APPEALED(ErrorKind.CONFLICT),
    /** The report was delisted; it cannot change any more. */
    REPORT_ALREADY_DELISTED(ErrorKind.CONFLICT),
    /** A bank acted on a report another bank filed. */
    NOT_THE_REPORTER(ErrorKind.FORBIDDEN),
    /** An appeal by an identity that does not act for the reported party. */
    NOT_THE_REPORTED_PARTY(ErrorKind.FORBIDDEN),
    /** The report date is after the transaction's date. */
    DATE_IN_FUTURE(ErrorKind.BUSINESS_RULE),
    /**
     * Raised by {@link BlacklistCheck#requireNotListed} in other chaincodes: the party is listed.
     */
    PARTY_BLACKLISTED(ErrorKind.BUSINESS_RULE);

    private final ErrorKind kind;

    BlacklistErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
