package io.tradechain.gateway.ledger.embedded;

import io.tradechain.ledger.Endorsement;
import io.tradechain.ledger.InMemoryLedger;
import io.tradechain.ledger.TxResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Orders endorsed transactions into blocks, one block at a time, as an ordering service does:
 * whatever is waiting when the previous commit ends becomes the next block (up to {@code
 * maxBlockSize}). Under load many transactions share one block and one forced write of the block
 * file; alone, a transaction waits for no timer.
 */
final class GroupCommitter implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(GroupCommitter.class);

    private record Pending(Endorsement endorsement, CompletableFuture<TxResult> result) {}

    private final InMemoryLedger ledger;
    private final int maxBlockSize;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    GroupCommitter(InMemoryLedger ledger, int maxBlockSize) {
        if (maxBlockSize < 1) {
            throw new IllegalArgumentException("maxBlockSize must be at least 1");
        }
        this.ledger = ledger;
        this.maxBlockSize = maxBlockSize;
        this.thread = new Thread(this::run, "embedded-ledger-committer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Queues an endorsed transaction; the future completes once its block is durable and applied.
     */
    CompletableFuture<TxResult> order(Endorsement endorsement) {
        CompletableFuture<TxResult> result = new CompletableFuture<>();
        if (!running) {
            result.completeExceptionally(
                    new IllegalStateException("the embedded ledger is shutting down"));
            return result;
        }
        queue.add(new Pending(endorsement, result));
        return result;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBlockSize - 1);
                commit(batch);
            } catch (InterruptedException e) {
                if (!running) {
                    break;
                }
            } finally {
                batch.clear();
            }
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.result()
                    .completeExceptionally(
                            new IllegalStateException("the embedded ledger shut down"));
        }
    }

    private void commit(List<Pending> batch) {
        List<Endorsement> endorsements = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            endorsements.add(pending.endorsement());
        }
        try {
            List<TxResult> results = ledger.commit(endorsements);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result().complete(results.get(i));
            }
        } catch (RuntimeException e) {
            LOG.errorf(
                    e,
                    "a block of %d transactions could not be committed; none of them was applied",
                    batch.size());
            for (Pending pending : batch) {
                pending.result().completeExceptionally(e);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
