package io.tradechain.gateway.ledger.embedded;

import io.tradechain.gateway.ledger.LedgerEvent;
import io.tradechain.ledger.ChaincodeEventRecord;
import io.tradechain.ledger.InMemoryLedger;
import java.util.List;
import java.util.function.Consumer;

/**
 * One client's stream of events: a cursor into the ledger's event list, advanced by {@link #pump}
 * after each commit. Pumping from the list (instead of pushing each block's events) means a
 * subscription that starts while blocks commit neither misses nor repeats an event.
 */
final class EventSubscription implements AutoCloseable {
    private final InMemoryLedger ledger;
    private final Consumer<LedgerEvent> consumer;
    private final Runnable onClose;
    private long next;
    private volatile boolean open = true;

    EventSubscription(
            InMemoryLedger ledger,
            long fromPosition,
            Consumer<LedgerEvent> consumer,
            Runnable onClose) {
        this.ledger = ledger;
        this.next = Math.max(0, fromPosition);
        this.consumer = consumer;
        this.onClose = onClose;
    }

    /** Delivers every event committed since the last pump. */
    synchronized void pump() {
        if (!open || next >= ledger.eventCount()) {
            return;
        }
        List<ChaincodeEventRecord> fresh = ledger.events((int) next);
        for (ChaincodeEventRecord e : fresh) {
            if (!open) {
                return;
            }
            consumer.accept(
                    new LedgerEvent(
                            next,
                            e.blockNumber(),
                            e.txId(),
                            e.chaincode(),
                            e.eventName(),
                            e.payload()));
            next++;
        }
    }

    @Override
    public void close() {
        open = false;
        onClose.run();
    }
}
