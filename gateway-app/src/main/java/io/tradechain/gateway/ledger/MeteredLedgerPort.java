package io.tradechain.gateway.ledger;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ledger port with its figures on /q/metrics, whichever adapter stands behind it: {@code
 * tradechain_ledger_commit_seconds} (from submit to committed, by outcome), {@code
 * tradechain_ledger_block_size_transactions} (the transactions of each block holding a write of
 * this gateway, measured once per block) and {@code tradechain_ledger_height}.
 */
public final class MeteredLedgerPort extends ForwardingLedgerPort {
    private final Timer committed;
    private final Timer refused;
    private final DistributionSummary blockSize;
    private final AtomicLong lastMeasuredBlock = new AtomicLong(-1);

    public MeteredLedgerPort(LedgerPort ledger, MeterRegistry registry) {
        super(ledger);
        this.committed = commitTimer(registry, "committed");
        this.refused = commitTimer(registry, "refused");
        this.blockSize =
                DistributionSummary.builder("tradechain.ledger.block.size")
                        .baseUnit("transactions")
                        .description(
                                "Transactions in each block that holds a write of this gateway")
                        .register(registry);
        Gauge.builder("tradechain.ledger.height", ledger, LedgerPort::height)
                .description("Blocks on the channel (the next block's number)")
                .register(registry);
    }

    private static Timer commitTimer(MeterRegistry registry, String outcome) {
        return Timer.builder("tradechain.ledger.commit")
                .tag("outcome", outcome)
                .description("From submitting a transaction to its commit (or refusal)")
                .register(registry);
    }

    @Override
    public Committed submit(Proposal proposal) {
        long start = System.nanoTime();
        try {
            Committed done = ledger.submit(proposal);
            measured(done, start);
            return done;
        } catch (RuntimeException e) {
            refused.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            throw e;
        }
    }

    @Override
    public CompletionStage<Committed> submitAsync(Proposal proposal) {
        long start = System.nanoTime();
        CompletionStage<Committed> stage = ledger.submitAsync(proposal);
        stage.whenComplete(
                (done, failure) -> {
                    if (failure == null) {
                        // the block is read off the completing thread (the embedded committer, a
                        // Fabric submit thread)
                        CompletableFuture.runAsync(() -> measured(done, start));
                    } else {
                        refused.record(
                                System.nanoTime() - start,
                                java.util.concurrent.TimeUnit.NANOSECONDS);
                    }
                });
        return stage;
    }

    private void measured(Committed done, long start) {
        committed.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        long number = done.blockNumber();
        long last = lastMeasuredBlock.get();
        while (number > last) {
            if (lastMeasuredBlock.compareAndSet(last, number)) {
                ledger.block(number)
                        .ifPresent(block -> blockSize.record(block.transactions().size()));
                return;
            }
            last = lastMeasuredBlock.get();
        }
    }
}
