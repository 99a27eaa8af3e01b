package io.tradechain.chaincode.common;

/** The class of a business error; it decides the HTTP status the gateway answers with. */
public enum ErrorKind {
    VALIDATION(400),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    BUSINESS_RULE(422);

    private final int httpStatus;

    ErrorKind(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
