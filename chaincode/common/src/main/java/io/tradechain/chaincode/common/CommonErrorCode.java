package io.tradechain.chaincode.common;

/** Error codes shared by every chaincode; domain modules add their own {@link ErrorCode} enums. */
public enum CommonErrorCode implements ErrorCode {
    /** An argument is missing, malformed, too long or out of range; details hold {@code field}. */
    INVALID_ARGUMENT(ErrorKind.VALIDATION),
    /** A private input expected in the transient map is absent; details hold {@code field}. */
    MISSING_TRANSIENT(ErrorKind.VALIDATION),
    /** A unified social credit code is malformed or has a wrong check character. */
    INVALID_CREDIT_CODE(ErrorKind.VALIDATION),
    /** A currency code is not in the network's fixed table ({@link Currencies}). */
    UNSUPPORTED_CURRENCY(ErrorKind.VALIDATION),
    /** Two amounts of different currencies were combined or compared. */
    CURRENCY_MISMATCH(ErrorKind.VALIDATION),
    /** A page size outside 1..{@link PageRequest#MAX_PAGE_SIZE}. */
    PAGE_SIZE_OUT_OF_RANGE(ErrorKind.VALIDATION),
    /**
     * A list's bookmark is not a cursor of that very list ({@link PageCursor}): malformed, of
     * another version, changed, or handed out for another list or party; details hold {@code field}
     * ({@code bookmark}) only.
     */
    INVALID_CURSOR(ErrorKind.VALIDATION),
    /** The caller may not see or change this entity. */
    ACCESS_DENIED(ErrorKind.FORBIDDEN),
    /** The operation needs an organisation administrator (NodeOU {@code admin}). */
    NOT_ADMIN(ErrorKind.FORBIDDEN),
    /** The caller's organisation is not one allowed for the operation. */
    WRONG_ORGANISATION(ErrorKind.FORBIDDEN),
    /** The caller's organisation only reads (the regulator). */
    READ_ONLY_ORGANISATION(ErrorKind.FORBIDDEN),
    /** The caller's identity is not bound to a registered party. */
    CALLER_NOT_BOUND(ErrorKind.FORBIDDEN),
    /** No entity under the requested key. */
    NOT_FOUND(ErrorKind.NOT_FOUND),
    /** An entity already exists under the key being created. */
    ALREADY_EXISTS(ErrorKind.CONFLICT),
    /** The entity's current state does not allow the operation. */
    STATE_CONFLICT(ErrorKind.CONFLICT),
    /** An amount would leave the range of a {@code long} number of minor units. */
    AMOUNT_OVERFLOW(ErrorKind.BUSINESS_RULE),
    /** An amount is smaller than the operation needs. */
    INSUFFICIENT_AMOUNT(ErrorKind.BUSINESS_RULE),
    /**
     * The idempotency key in the transient map is malformed (1 to 128 of {@code A-Z a-z 0-9 . _ :
     * -}).
     */
    INVALID_IDEMPOTENCY_KEY(ErrorKind.VALIDATION),
    /**
     * The caller already committed a transaction with this idempotency key and the same request;
     * details hold {@code firstTxId}, which the gateway answers with instead of committing again.
     */
    IDEMPOTENT_REPLAY(ErrorKind.CONFLICT),
    /** The caller already used this idempotency key for a different request. */
    IDEMPOTENCY_KEY_REUSED(ErrorKind.BUSINESS_RULE);

    private final ErrorKind kind;

    CommonErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
