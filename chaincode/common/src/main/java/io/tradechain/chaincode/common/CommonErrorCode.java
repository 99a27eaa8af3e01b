package io.tradechain.chaincode.common;

/** Error codes shared by every chaincode. */
public enum CommonErrorCode implements ErrorCode {
    INVALID_ARGUMENT(ErrorKind.VALIDATION),
    MISSING_TRANSIENT(ErrorKind.VALIDATION),
    INVALID_CREDIT_CODE(ErrorKind.VALIDATION),
    UNSUPPORTED_CURRENCY(ErrorKind.VALIDATION),
    CURRENCY_MISMATCH(ErrorKind.VALIDATION),
    PAGE_SIZE_OUT_OF_RANGE(ErrorKind.VALIDATION),
    ACCESS_DENIED(ErrorKind.FORBIDDEN),
    NOT_ADMIN(ErrorKind.FORBIDDEN),
    WRONG_ORGANISATION(ErrorKind.FORBIDDEN),
    READ_ONLY_ORGANISATION(ErrorKind.FORBIDDEN),
    CALLER_NOT_BOUND(ErrorKind.FORBIDDEN),
    NOT_FOUND(ErrorKind.NOT_FOUND),
    ALREADY_EXISTS(ErrorKind.CONFLICT),
    STATE_CONFLICT(ErrorKind.CONFLICT),
    AMOUNT_OVERFLOW(ErrorKind.BUSINESS_RULE),
    INSUFFICIENT_AMOUNT(ErrorKind.BUSINESS_RULE);

    private final ErrorKind kind;

    CommonErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
