package io.tradechain.gateway.ledger;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * A ledger port that hands every call to the port it wraps: the base of the decorators around the
 * running adapter ({@link RetryingLedgerPort}, {@link MeteredLedgerPort}), each of which overrides
 * only what it changes.
 */
public abstract class ForwardingLedgerPort implements LedgerPort {
    /** The port every call not overridden goes to. */
    protected final LedgerPort ledger;

    protected ForwardingLedgerPort(LedgerPort ledger) {
        this.ledger = java.util.Objects.requireNonNull(ledger, "ledger");
    }

    @Override
    public Committed submit(Proposal proposal) {
        return ledger.submit(proposal);
    }

    @Override
    public CompletionStage<Committed> submitAsync(Proposal proposal) {
        return ledger.submitAsync(proposal);
    }

    @Override
    public byte[] evaluate(Proposal proposal) {
        return ledger.evaluate(proposal);
    }

    @Override
    public String describe() {
        return ledger.describe();
    }

    @Override
    public long height() {
        return ledger.height();
    }

    @Override
    public Optional<BlockInfo> block(long number) {
        return ledger.block(number);
    }

    @Override
    public Optional<TransactionInfo> transaction(String txId) {
        return ledger.transaction(txId);
    }

    @Override
    public AutoCloseable subscribe(long fromPosition, Consumer<LedgerEvent> consumer) {
        return ledger.subscribe(fromPosition, consumer);
    }

    @Override
    public long firstEventPosition(long blockNumber) {
        return ledger.firstEventPosition(blockNumber);
    }
}
