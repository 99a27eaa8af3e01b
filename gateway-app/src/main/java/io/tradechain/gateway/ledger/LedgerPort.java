package io.tradechain.gateway.ledger;

/**
 * The gateway's one door to a ledger. Two adapters stand behind it: the embedded ledger (default)
 * and a Fabric network through fabric-gateway. Resources never see which one runs.
 */
public interface LedgerPort {

    /**
     * Endorses, orders and waits for the commit of a transaction.
     *
     * @return the committed transaction, only once it is committed as valid
     * @throws LedgerException when the chaincode refuses, validation invalidates it, or the ledger
     *     is unavailable
     */
    Committed submit(Proposal proposal);

    /**
     * {@link #submit} without holding the calling thread while the transaction is ordered and
     * committed: the stage completes once it is committed as valid, or fails with the {@link
     * LedgerException} {@code submit} would throw (never wrapped). The REST layer calls this from
     * the HTTP event loop, so an adapter whose submit blocks on I/O runs it on threads of its own.
     */
    java.util.concurrent.CompletionStage<Committed> submitAsync(Proposal proposal);

    /**
     * Runs a query function on the current committed state; nothing is ordered or written.
     *
     * @throws LedgerException as for {@link #submit}
     */
    byte[] evaluate(Proposal proposal);

    /** A one-line description for health checks and logs, e.g. "embedded ledger, height 42". */
    String describe();

    /** Number of committed blocks. */
    long height();

    /** A committed block, empty when {@code number} is not below the height. */
    java.util.Optional<BlockInfo> block(long number);

    /** A committed transaction by its id, valid or not; empty when no block holds it. */
    java.util.Optional<TransactionInfo> transaction(String txId);

    /**
     * Delivers the events at {@code fromPosition} and after, in commit order, then every new one as
     * it commits, until the returned handle is closed. The consumer is called from one thread at a
     * time.
     */
    AutoCloseable subscribe(long fromPosition, java.util.function.Consumer<LedgerEvent> consumer);

    /**
     * Position of the first event of block {@code blockNumber} or later (the height's position if
     * none yet).
     */
    long firstEventPosition(long blockNumber);
}
