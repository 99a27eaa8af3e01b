package io.tradechain.forfaiting;

import io.tradechain.chaincode.common.ErrorCode;
import io.tradechain.chaincode.common.ErrorKind;

/**
 * Stable error codes of the forfaiting chaincode; the gateway maps their kind to an HTTP status.
 */
public enum ForfaitingErrorCode implements ErrorCode {
    OFFER_NOT_FOUND(ErrorKind.NOT_FOUND),
    QUOTE_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** The claim is already on offer (open, agreed or being transferred). */
    CLAIM_ALREADY_OFFERED(ErrorKind.CONFLICT),
    /**
     * The claim is not an accepted, unpaid usance claim held by the seller with no transfer
     * pending.
     */
    CLAIM_NOT_AVAILABLE(ErrorKind.CONFLICT),
    /** The caller's bank does not hold the claim it tries to offer. */
    NOT_CLAIM_HOLDER(ErrorKind.FORBIDDEN),
    /** The offer is not in a state that allows this. */
    OFFER_STATE_CONFLICT(ErrorKind.CONFLICT),
    /** This bank confirmed the transfer already. */
    ALREADY_CONFIRMED(ErrorKind.CONFLICT),
    /** The two banks' confirmations name different documents. */
    TRANSFER_DOCUMENTS_MISMATCH(ErrorKind.BUSINESS_RULE),
    /** The caller's bank has no part in this offer that allows the action. */
    NOT_ALLOWED_FOR_ROLE(ErrorKind.FORBIDDEN);

    private final ErrorKind kind;

    ForfaitingErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
