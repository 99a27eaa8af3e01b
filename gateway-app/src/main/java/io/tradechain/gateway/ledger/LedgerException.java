package io.tradechain.gateway.ledger;

import io.tradechain.chaincode.common.ErrorCode;
import io.tradechain.chaincode.common.ErrorInfo;
import io.tradechain.chaincode.common.ErrorKind;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A ledger call that did not succeed, typed by what happened ({@link Category}) and carrying the
 * machine-readable code, text, details and transaction id the client gets. It knows nothing of
 * HTTP: the gateway's edge ({@code error.HttpStatusOf}) decides the status of each category and
 * kind.
 */
public final class LedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What happened to the call. */
    public enum Category {
        /**
         * The chaincode refused the call with one of our business errors: {@link #kind()} is its
         * {@link ErrorKind} and {@link #code()} its code. Sending it again changes nothing.
         */
        REFUSED,
        /**
         * The transaction was endorsed and ordered but invalidated at commit (MVCC or phantom read
         * conflict...): it wrote nothing; {@link #validationCode()} names why. Sending it again may
         * succeed.
         */
        INVALIDATED,
        /**
         * The ledger could not be reached or did not complete the call (peer or orderer
         * unreachable, stream broken, timeout, the gateway stopping): a transient failure, the call
         * may be sent again later.
         */
        UNAVAILABLE,
        /**
         * The chaincode failed without one of our codes (a bug, an unreadable answer): not a fault
         * of the request.
         */
        CHAINCODE_FAILURE
    }

    /** The code of {@link Category#INVALIDATED}. */
    public static final String TRANSACTION_INVALIDATED = "TRANSACTION_INVALIDATED";

    /** The code of {@link Category#UNAVAILABLE}. */
    public static final String LEDGER_UNAVAILABLE = "LEDGER_UNAVAILABLE";

    /** The code of {@link Category#CHAINCODE_FAILURE}. */
    public static final String CHAINCODE_FAILURE = "CHAINCODE_FAILURE";

    /** The detail that holds the validation code of an {@link Category#INVALIDATED} call. */
    public static final String VALIDATION_CODE = "validationCode";

    private final Category category;
    private final ErrorKind kind;
    private final String code;
    private final transient SortedMap<String, String> details;
    private final String txId;
    private final boolean neverOrdered;

    private LedgerException(
            Category category,
            ErrorKind kind,
            String code,
            String message,
            SortedMap<String, String> details,
            String txId) {
        super(message);
        this.category = category;
        this.kind = kind;
        this.code = code;
        this.details = new TreeMap<>(details);
        this.txId = txId;
        this.neverOrdered = false;
    }

    private LedgerException(LedgerException failure) {
        super(failure.getMessage());
        this.category = failure.category;
        this.kind = failure.kind;
        this.code = failure.code;
        this.details = new TreeMap<>(failure.details);
        this.txId = failure.txId;
        this.neverOrdered = true;
    }

    /**
     * The same failure, known to have happened before the transaction was handed to the ordering
     * service (at endorsement): no client holds an endorsed transaction that could still commit, so
     * sending the proposal again cannot write twice.
     */
    public LedgerException beforeOrdering() {
        return neverOrdered ? this : new LedgerException(this);
    }

    /** Whether the failure is known to have happened before anything was ordered. */
    public boolean neverOrdered() {
        return neverOrdered;
    }

    /** The chaincode refused the call with one of our business errors. */
    public static LedgerException refused(ErrorInfo error, String txId) {
        return new LedgerException(
                Category.REFUSED,
                Objects.requireNonNull(error.kind(), "kind"),
                error.code(),
                error.message(),
                error.details(),
                txId);
    }

    /**
     * The chaincode failed without one of our codes: a bug, a cross-chaincode call lost by the
     * shim, a peer-side failure. Nothing the client sent explains it, so it is no refusal: the
     * client gets {@value #CHAINCODE_FAILURE} (it may retry) with the chaincode's text, never a
     * stack trace.
     */
    public static LedgerException unexpected(String message, String txId) {
        return new LedgerException(
                Category.CHAINCODE_FAILURE,
                null,
                CHAINCODE_FAILURE,
                "the chaincode failed without a business error (not a "
                        + "fault of the request; it may be retried): "
                        + message,
                new TreeMap<>(),
                txId);
    }

    /**
     * The transaction was ordered but invalidated, e.g. MVCC_READ_CONFLICT: the client may retry.
     */
    public static LedgerException invalidated(String validationCode, String txId) {
        TreeMap<String, String> details = new TreeMap<>();
        details.put(VALIDATION_CODE, validationCode);
        return new LedgerException(
                Category.INVALIDATED,
                null,
                TRANSACTION_INVALIDATED,
                "the transaction was ordered but invalidated ("
                        + validationCode
                        + "): the state it read changed meanwhile; retry it",
                details,
                txId);
    }

    /** The ledger cannot be reached or refuses work for now. */
    public static LedgerException unavailable(String message) {
        return new LedgerException(
                Category.UNAVAILABLE, null, LEDGER_UNAVAILABLE, message, new TreeMap<>(), null);
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
     * anything else as {@link Category#UNAVAILABLE}.
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

    /** What happened to the call. */
    public Category category() {
        return category;
    }

    /** Whether this is a failure of {@code category}. */
    public boolean is(Category category) {
        return this.category == category;
    }

    /** The chaincode's kind of a {@link Category#REFUSED} call; empty for the other categories. */
    public Optional<ErrorKind> kind() {
        return Optional.ofNullable(kind);
    }

    /** Whether the chaincode refused the call with an error of {@code kind}. */
    public boolean isRefused(ErrorKind kind) {
        return category == Category.REFUSED && this.kind == kind;
    }

    /** Whether the chaincode refused the call with exactly {@code code}. */
    public boolean isRefused(ErrorCode code) {
        return category == Category.REFUSED && code.name().equals(this.code);
    }

    /**
     * Why an {@link Category#INVALIDATED} transaction was invalidated ({@code MVCC_READ_CONFLICT},
     * ...); empty for the other categories.
     */
    public Optional<String> validationCode() {
        return category == Category.INVALIDATED
                ? Optional.ofNullable(details.get(VALIDATION_CODE))
                : Optional.empty();
    }

    /**
     * Whether the same call may succeed when sent again as it is, without any change by the client:
     * it was {@link Category#INVALIDATED} or the ledger was {@link Category#UNAVAILABLE}. (Whether
     * to send it again, and how often, is the caller's decision: an unavailable write may have been
     * committed all the same, so only a write with an idempotency key is safe to resend blindly.)
     */
    public boolean isTransient() {
        return category == Category.INVALIDATED || category == Category.UNAVAILABLE;
    }

    /** The stable machine-readable code the client gets (docs/errors.md). */
    public String code() {
        return code;
    }

    public SortedMap<String, String> details() {
        return new TreeMap<>(details);
    }

    public String txId() {
        return txId;
    }
}
