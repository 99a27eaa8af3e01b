package io.tradechain.gateway.events.relay;

import io.tradechain.gateway.events.EventView;
import io.tradechain.gateway.events.EventVisibility;
import io.tradechain.gateway.ledger.Backoff;
import io.tradechain.gateway.ledger.LedgerEvent;
import io.tradechain.gateway.ledger.LedgerPort;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Delivers every committed event one organisation may see to an {@link EventSink}, in commit order
 * and at least once, and keeps a durable checkpoint of how far it got, so a restarted gateway
 * resumes right after the last event the sink took.
 *
 * <p>How: one thread subscribes to the ledger from the checkpoint and takes events from a bounded
 * queue. An event the sink refuses is retried with a growing pause (nothing behind it overtakes
 * it); the checkpoint is saved after each delivery. Events the organisation may not see are passed
 * over and counted into the checkpoint too. When the queue is full (the sink is slower than the
 * ledger) the relay drops the subscription, delivers what it holds and subscribes again from the
 * checkpoint: the ledger is the buffer, so nothing is lost and memory stays bounded. Events repeat
 * only when the process dies between a delivery and its checkpoint: receivers drop an event id they
 * have already processed.
 */
public final class EventRelay implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EventRelay.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    /** Events passed over (not for this organisation) before the checkpoint is saved anyway. */
    private static final int SKIPPED_SAVE_EVERY = 1_000;

    private final LedgerPort ledger;
    private final EventVisibility visibility;
    private final String organisation;
    private final EventSink sink;
    private final PositionCheckpoint checkpoint;
    private final BlockingQueue<LedgerEvent> queue;
    private final int queueCapacity;
    private final Backoff retry;
    private final Thread worker;
    private volatile boolean open = true;
    private volatile boolean overflowed;
    private volatile long next;
    private volatile long delivered;
    private volatile String lastFailure;

    /**
     * @param firstPosition where to start when the checkpoint file does not exist yet
     * @param queueCapacity events held in memory ahead of the sink
     * @throws IllegalStateException when the checkpoint file exists but is unreadable
     */
    public EventRelay(
            LedgerPort ledger,
            EventVisibility visibility,
            String organisation,
            EventSink sink,
            PositionCheckpoint checkpoint,
            long firstPosition,
            Duration maxBackoff,
            int queueCapacity) {
        this.ledger = ledger;
        this.visibility = visibility;
        this.organisation = organisation;
        this.sink = sink;
        this.checkpoint = checkpoint;
        this.retry = new Backoff(FIRST_BACKOFF, maxBackoff);
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.queueCapacity = queueCapacity;
        this.next = checkpoint.load().orElse(firstPosition);
        this.worker = new Thread(this::run, "event-relay-" + organisation);
        this.worker.setDaemon(true);
    }

    /** Starts delivering in the background. */
    public EventRelay start() {
        LOG.infof(
                "event relay for %s starts at event position %d (checkpoint %s)",
                organisation, next, checkpoint.file());
        worker.start();
        return this;
    }

    /**
     * Position of the next event to deliver (everything before it was delivered or is not for this
     * organisation).
     */
    public long nextPosition() {
        return next;
    }

    /** Events the sink took since this relay started. */
    public long delivered() {
        return delivered;
    }

    /** Why the last delivery attempt failed, if the sink is failing now. */
    public Optional<String> failing() {
        return Optional.ofNullable(lastFailure);
    }

    private void run() {
        while (open) {
            long from = next;
            queue.clear();
            overflowed = false;
            AutoCloseable subscription;
            try {
                subscription = ledger.subscribe(from, this::offer);
            } catch (RuntimeException e) {
                LOG.warnf(
                        "event relay for %s cannot subscribe at position %d: %s; trying again",
                        organisation, from, e.getMessage());
                retry.pause();
                continue;
            }
            try {
                drain();
            } finally {
                try {
                    subscription.close();
                } catch (Exception e) {
                    LOG.debugf(e, "closing the relay's subscription");
                }
            }
            if (open) {
                LOG.infof(
                        "event relay for %s fell behind by more than %d events; reading on from the ledger at %d",
                        organisation, queueCapacity, next);
            }
        }
    }

    /** Called by the ledger's event thread: never blocks it. */
    private void offer(LedgerEvent event) {
        if (!overflowed && !queue.offer(event)) {
            overflowed = true;
        }
    }

    /** Delivers queued events until closed or until the queue overflowed and has been emptied. */
    private void drain() {
        int skipped = 0;
        while (open) {
            LedgerEvent event;
            try {
                event = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (event == null) {
                if (skipped > 0) {
                    save();
                    skipped = 0;
                }
                if (overflowed) {
                    return;
                }
                continue;
            }
            if (event.position() < next) {
                continue; // already delivered (a subscription may start a little early)
            }
            Optional<EventView> view = visibility.view(event, organisation);
            if (view.isEmpty()) {
                next = event.position() + 1;
                if (++skipped >= SKIPPED_SAVE_EVERY) {
                    save();
                    skipped = 0;
                }
                continue;
            }
            if (!deliver(view.get())) {
                return; // closed while retrying
            }
            next = event.position() + 1;
            delivered++;
            save();
            skipped = 0;
        }
    }

    /**
     * Hands one event to the sink, retrying until it takes it; false when the relay was closed
     * meanwhile.
     */
    private boolean deliver(EventView view) {
        while (open) {
            try {
                sink.deliver(view);
                retry.reset();
                if (lastFailure != null) {
                    LOG.infof(
                            "event relay for %s delivers again (event %d)",
                            organisation, view.position());
                    lastFailure = null;
                }
                return true;
            } catch (IOException | RuntimeException e) {
                lastFailure = e.getMessage();
                LOG.warnf(
                        "event relay for %s: event %d not delivered (%s); next attempt in %d ms",
                        organisation, view.position(), e.getMessage(), retry.next().toMillis());
                retry.pause();
            }
        }
        return false;
    }

    private void save() {
        try {
            checkpoint.save(next);
        } catch (IOException e) {
            // the events stay delivered; after a restart they are delivered again from the older
            // checkpoint
            LOG.errorf(
                    "event relay for %s cannot save its checkpoint %s: %s",
                    organisation, checkpoint.file(), e.getMessage());
        }
    }

    /**
     * Stops after the delivery in progress (the worker is not interrupted, so a checkpoint being
     * written is written whole); the checkpoint keeps what was delivered.
     */
    @Override
    public void close() {
        open = false;
        retry.cancel();
        try {
            worker.join(TimeUnit.SECONDS.toMillis(15));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
