package io.tradechain.supervision;

import io.tradechain.chaincode.common.ErrorCode;
import io.tradechain.chaincode.common.ErrorKind;

/** Stable error codes of the supervision chaincode. */
public enum SupervisionErrorCode implements ErrorCode {
    /** No alert with that id (or its content is not on this peer). */
    ALERT_NOT_FOUND(ErrorKind.NOT_FOUND),
    /**
     * The ledger does not bear out the refusal the alert claims (e.g. the document's balance covers
     * the amount).
     */
    ALERT_NOT_CONFIRMED(ErrorKind.BUSINESS_RULE),
    /** Only the regulator reads alerts. */
    REGULATOR_ONLY(ErrorKind.FORBIDDEN);

    private final ErrorKind kind;

    SupervisionErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
