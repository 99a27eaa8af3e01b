package io.tradechain.parties;

import io.tradechain.chaincode.common.ErrorCode;
import io.tradechain.chaincode.common.ErrorKind;

/** Stable error codes of the party registry; the gateway maps their kind to an HTTP status. */
public enum PartyErrorCode implements ErrorCode {
    PARTY_NOT_FOUND(ErrorKind.NOT_FOUND),
    PARTY_ALREADY_REGISTERED(ErrorKind.CONFLICT),
    KIND_NOT_ALLOWED_FOR_ORGANISATION(ErrorKind.FORBIDDEN),
    REGULATOR_NOT_REGISTRABLE(ErrorKind.BUSINESS_RULE),
    INVALID_CLIENT_ID(ErrorKind.VALIDATION),
    /**
     * The identity to bind was not issued by the caller's organisation (its issuer is not the
     * admin's CA).
     */
    IDENTITY_OF_ANOTHER_ORGANISATION(ErrorKind.FORBIDDEN),
    IDENTITY_ALREADY_BOUND(ErrorKind.CONFLICT),
    IDENTITY_NOT_BOUND(ErrorKind.NOT_FOUND);

    private final ErrorKind kind;

    PartyErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
