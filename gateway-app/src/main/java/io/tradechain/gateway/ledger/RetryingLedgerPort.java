package io.tradechain.gateway.ledger;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;

/**
 * The gateway's one retry layer for writes, around whichever adapter runs. These failures mean that
 * the write wrote nothing and that the same proposal, endorsed again, may succeed:
 *
 * <ul>
 *   <li>a transaction that lost a race at commit ({@link LedgerException.Category#INVALIDATED
 *       INVALIDATED} by {@code MVCC_READ_CONFLICT} or {@code PHANTOM_READ_CONFLICT});
 *   <li>a chaincode that failed without one of our business errors ({@link
 *       LedgerException.Category#CHAINCODE_FAILURE CHAINCODE_FAILURE}). A chaincode runs only at
 *       endorsement, so such a transaction was never ordered. On a real network the ones seen were
 *       transient: a call into another chaincode whose definition was upgraded during the call (the
 *       peer logs "chaincode definition for 'parties' changed during invoke" while a bank joins,
 *       and the caller's shim only says "Unsuccessful response received");
 *   <li>once per write, on whichever attempt: a ledger {@link LedgerException.Category#UNAVAILABLE
 *       UNAVAILABLE} at endorsement ({@link LedgerException#neverOrdered()}), when no endorsed
 *       transaction reached the client, so none can commit. Seen while a bank joins: as a
 *       chaincode's new definition commits, the Java shim drops a message of a cross-chaincode call
 *       in flight ("Received TRANSACTION: cannot handle") and the peer's endorsement times out
 *       after 30 s; the same definition change often fails the attempt before it as a chaincode
 *       failure, so the timeout comes on the second attempt. Only once, as each such attempt may
 *       wait out a timeout.
 * </ul>
 *
 * A write is endorsed at most {@link #maxAttempts()} = 1 + {@code
 * tradechain.commit.conflict-retries} times (4 by default), whoever sends it. Nothing else retries:
 * the adapters endorse once per call, and {@code ChaincodeCalls} only turns the chaincode's {@code
 * IDEMPOTENT_REPLAY} into the first result.
 *
 * <p>A write that carries an {@code Idempotency-Key} keeps its key on every attempt: when it lost
 * the race to its own twin (the same request sent twice), the next attempt meets the twin's claim
 * and the chaincode answers {@code IDEMPOTENT_REPLAY}, which the caller answers with the twin's
 * result. Nothing else is retried here: a refusal would be refused again, and a ledger that became
 * unavailable once the transaction was handed to the ordering service may have committed the write
 * all the same (only the client, with its key, can safely send it again).
 */
public final class RetryingLedgerPort extends ForwardingLedgerPort {
    private static final Logger LOG = Logger.getLogger(RetryingLedgerPort.class);

    /** The validation codes of a lost race: nothing was written, and the next attempt may win. */
    static final Set<String> RACES = Set.of("MVCC_READ_CONFLICT", "PHANTOM_READ_CONFLICT");

    private final int maxAttempts;

    /**
     * @param conflictRetries how many times a write invalidated by a lost race is sent again (0:
     *     never)
     */
    public RetryingLedgerPort(LedgerPort ledger, int conflictRetries) {
        super(ledger);
        if (conflictRetries < 0) {
            throw new IllegalArgumentException(
                    "tradechain.commit.conflict-retries must not be negative: " + conflictRetries);
        }
        this.maxAttempts = conflictRetries + 1;
    }

    /** The most endorsements one write gets: the first attempt and the retries. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** Whether a failure is a lost race that a new attempt may win. */
    static boolean lostARace(RuntimeException failure) {
        return failure instanceof LedgerException e
                && e.is(LedgerException.Category.INVALIDATED)
                && e.validationCode().filter(RACES::contains).isPresent();
    }

    /**
     * Whether a failure wrote nothing and a new attempt may succeed: a lost race, a chaincode
     * failure at endorsement, or (if no earlier attempt of this write was, as each may have waited
     * out a timeout) a ledger unavailable before anything was ordered.
     */
    static boolean worthAnotherAttempt(RuntimeException failure, boolean unavailableBefore) {
        if (lostARace(failure)) {
            return true;
        }
        if (!(failure instanceof LedgerException e)) {
            return false;
        }
        return e.is(LedgerException.Category.CHAINCODE_FAILURE)
                || (!unavailableBefore && unavailableBeforeOrdering(e));
    }

    private static boolean unavailableBeforeOrdering(RuntimeException failure) {
        return failure instanceof LedgerException e
                && e.is(LedgerException.Category.UNAVAILABLE)
                && e.neverOrdered();
    }

    @Override
    public Committed submit(Proposal proposal) {
        return LedgerException.await(submitAsync(proposal));
    }

    @Override
    public CompletionStage<Committed> submitAsync(Proposal proposal) {
        CompletableFuture<Committed> answer = new CompletableFuture<>();
        attempt(proposal, 1, false, answer);
        return answer;
    }

    /**
     * @param unavailableBefore whether an earlier attempt of this write found the ledger
     *     unavailable at endorsement
     */
    private void attempt(
            Proposal proposal,
            int attempt,
            boolean unavailableBefore,
            CompletableFuture<Committed> answer) {
        CompletionStage<Committed> stage;
        try {
            stage = ledger.submitAsync(proposal);
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
            return;
        }
        stage.whenComplete(
                (committed, failure) -> {
                    if (failure == null) {
                        answer.complete(committed);
                        return;
                    }
                    RuntimeException e = LedgerException.unwrap(failure);
                    if (attempt < maxAttempts && worthAnotherAttempt(e, unavailableBefore)) {
                        LedgerException failed = (LedgerException) e;
                        if (lostARace(e)) {
                            LOG.debugf(
                                    "transaction %s invalidated (%s); endorsing %s.%s again (attempt %d of %d)",
                                    failed.txId(),
                                    failed.validationCode().orElse("?"),
                                    proposal.chaincode(),
                                    proposal.function(),
                                    attempt + 1,
                                    maxAttempts);
                        } else {
                            LOG.warnf(
                                    "%s: %s; endorsing %s.%s again (attempt %d of %d)",
                                    failed.txId() != null
                                            ? "transaction " + failed.txId()
                                            : "a transaction not yet ordered",
                                    failed.getMessage(),
                                    proposal.chaincode(),
                                    proposal.function(),
                                    attempt + 1,
                                    maxAttempts);
                        }
                        // Not on the completing thread: on the embedded ledger that is the group
                        // committer, which must not spend its time endorsing.
                        boolean unavailable = unavailableBefore || unavailableBeforeOrdering(e);
                        CompletableFuture.runAsync(
                                () -> attempt(proposal, attempt + 1, unavailable, answer));
                    } else {
                        answer.completeExceptionally(e);
                    }
                });
    }
}
