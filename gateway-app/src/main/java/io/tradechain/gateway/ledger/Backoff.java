package io.tradechain.gateway.ledger;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Growing pauses between attempts (doubling from a first pause up to a longest one) that a {@link
 * #cancel} cuts short at once, for loops that retry until they are closed: the event streams and
 * the event relay.
 */
public final class Backoff {
    private final Duration first;
    private final Duration longest;
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private Duration next;

    public Backoff(Duration first, Duration longest) {
        this.first = first;
        this.longest = longest;
        this.next = first;
    }

    /** The pause the next {@link #pause} waits. */
    public synchronized Duration next() {
        return next;
    }

    /** Whether the last attempt failed (the pause has grown past the first one). */
    public synchronized boolean grown() {
        return next.compareTo(first) > 0;
    }

    /**
     * Waits the current pause (less when cancelled meanwhile), then doubles it up to the longest.
     *
     * @return false when cancelled (or interrupted): the loop should stop
     */
    public boolean pause() {
        Duration wait;
        synchronized (this) {
            wait = next;
            next = grown(next, longest);
        }
        try {
            return !cancelled.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The pause after {@code pause}: doubled, at most {@code longest}. */
    public static Duration grown(Duration pause, Duration longest) {
        Duration doubled = pause.multipliedBy(2);
        return doubled.compareTo(longest) > 0 ? longest : doubled;
    }

    /** After a success: the next pause is the first one again. */
    public synchronized void reset() {
        next = first;
    }

    /** Ends every pause now and every later one at once. */
    public void cancel() {
        cancelled.countDown();
    }
}
