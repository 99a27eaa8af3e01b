package io.tradechain.gateway.error;

import io.tradechain.chaincode.common.ErrorKind;
import io.tradechain.gateway.ledger.LedgerException;

/**
 * The one place where what went wrong on the ledger becomes an HTTP status: the chaincodes' {@link
 * ErrorKind}s and the ledger's {@link LedgerException.Category categories} know nothing of HTTP,
 * and nothing else in the gateway turns them into a number (docs/errors.md lists the codes with the
 * statuses given here).
 */
public final class HttpStatusOf {
    private HttpStatusOf() {}

    /** The status of a chaincode refusal of {@code kind}. */
    public static int kind(ErrorKind kind) {
        return switch (kind) {
            case VALIDATION -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case BUSINESS_RULE -> 422;
        };
    }

    /**
     * The status of a failed ledger call: a refusal by its kind; an invalidated transaction 409 (a
     * conflict with another, which the client may send again); a chaincode failure 502 (the ledger
     * behind the gateway failed, not the request); an unavailable ledger 503.
     */
    public static int ledger(LedgerException e) {
        return switch (e.category()) {
            case REFUSED -> kind(e.kind().orElseThrow());
            case INVALIDATED -> 409;
            case CHAINCODE_FAILURE -> 502;
            case UNAVAILABLE -> 503;
        };
    }
}
