package io.tradechain.chaincode.common;

/**
 * The class of a business error. It decides the HTTP status the gateway answers with and appears as
 * the first half of the {@code [KIND/CODE]} prefix of every {@link BusinessException} message.
 */
public enum ErrorKind {
    /** The request itself is malformed: a missing, too long or badly formatted argument. */
    VALIDATION(400),
    /** The caller's organisation, role or binding does not allow the operation. */
    FORBIDDEN(403),
    /** The entity named by the request does not exist on the ledger. */
    NOT_FOUND(404),
    /** The entity already exists, or its state does not allow the operation now. */
    CONFLICT(409),
    /** The request is well formed but breaks a business rule (limits, amounts, deadlines). */
    BUSINESS_RULE(422);

    private final int httpStatus;

    ErrorKind(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    /** The HTTP status the gateway answers with for an error of this kind. */
    public int httpStatus() {
        return httpStatus;
    }
}
