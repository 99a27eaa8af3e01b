package io.tradechain.gateway.ledger;

import io.tradechain.chaincode.common.ErrorInfo;
import io.tradechain.chaincode.common.ErrorKind;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A ledger call that did not succeed, with the machine-readable error the client gets. A chaincode
 * refusal carries the chaincode's own code and kind; a transaction invalidated at commit is a
 * conflict; an unreachable ledger is {@code LEDGER_UNAVAILABLE} (HTTP 503).
 */
public final class LedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final int httpStatus;
    private final transient SortedMap<String, String> details;
    private final String txId;

    private LedgerException(
            String code,
            int httpStatus,
            String message,
            SortedMap<String, String> details,
            String txId) {
        super(message);
        this.code = code;
        this.httpStatus = httpStatus;
        this.details = new TreeMap<>(details);
        this.txId = txId;
    }

    /** The chaincode refused the call with one of our business errors. */
    public static LedgerException refused(ErrorInfo error, String txId) {
        return new LedgerException(
                error.code(), error.kind().httpStatus(), error.message(), error.details(), txId);
    }

    /**
     * The chaincode failed without one of our codes: a bug, a cross-chaincode call lost by the
     * shim, a peer-side failure. Nothing the client sent explains it, so it is not a 4xx: the
     * client gets 502 {@value #CHAINCODE_FAILURE} (it may retry) with the chaincode's text, never a
     * stack trace.
     */
    public static LedgerException unexpected(String message, String txId) {
        return new LedgerException(
                CHAINCODE_FAILURE,
                502,
                "the chaincode failed without a business error (not a "
                        + "fault of the request; it may be retried): "
                        + message,
                new TreeMap<>(),
                txId);
    }

    /** The code of {@link #unexpected}. */
    public static final String CHAINCODE_FAILURE = "CHAINCODE_FAILURE";

    /**
     * The transaction was ordered but invalidated, e.g. MVCC_READ_CONFLICT: the client may retry.
     */
    public static LedgerException invalidated(String validationCode, String txId) {
        TreeMap<String, String> details = new TreeMap<>();
        details.put("validationCode", validationCode);
        return new LedgerException(
                "TRANSACTION_INVALIDATED",
                ErrorKind.CONFLICT.httpStatus(),
                "the transaction was ordered but invalidated ("
                        + validationCode
                        + "): the state it read changed meanwhile; retry it",
                details,
                txId);
    }

    /** The ledger cannot be reached or refuses work for now. */
    public static LedgerException unavailable(String message) {
        return new LedgerException("LEDGER_UNAVAILABLE", 503, message, new TreeMap<>(), null);
    }

    /**
     * Builds the exception from a chaincode response that failed: our code if it has one, else
     * unexpected.
     */
    public static LedgerException fromChaincodeResponse(
            byte[] payload, String message, String txId) {
        Optional<ErrorInfo> info =
                ErrorInfo.fromPayload(payload).or(() -> ErrorInfo.fromMessage(message));
        return info.map(e -> refused(e, txId)).orElseGet(() -> unexpected(message, txId));
    }

    /**
     * Waits for a stage of {@link LedgerPort#submitAsync} and gives its result, or throws its
     * {@link LedgerException} (for callers that may block: start-up seeding, tests, the blocking
     * {@code submit}).
     */
    public static <T> T await(java.util.concurrent.CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().join();
        } catch (java.util.concurrent.CompletionException e) {
            throw unwrap(e);
        } catch (java.util.concurrent.CancellationException e) {
            throw unavailable("the call was cancelled");
        }
    }

    /**
     * What a stage really failed with, without the CompletionException around it: a LedgerException
     * as it is, any other unchecked exception as it is (a bug: the error mapper answers 500),
     * anything else as a 503.
     */
    public static RuntimeException unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof java.util.concurrent.CompletionException
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return unavailable("the ledger call failed: " + cause);
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public SortedMap<String, String> details() {
        return new TreeMap<>(details);
    }

    public String txId() {
        return txId;
    }
}
