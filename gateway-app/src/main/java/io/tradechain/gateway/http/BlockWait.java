package io.tradechain.gateway.http;

import io.smallrye.mutiny.Uni;
import io.tradechain.gateway.ledger.Backoff;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * Polls a ledger's height until it is above a block, pausing between reads (20 ms doubling to 250
 * ms) on no thread, for at least the whole wait: the last read is made at or after the deadline, so
 * a caller is never told "behind" before the wait it was promised has passed. (Mutiny's own retry
 * expiry gives up as soon as the next pause would cross the deadline, up to a pause and its jitter
 * early: a 1 s wait once answered after 843 ms.)
 */
final class BlockWait {
    private static final Duration FIRST_PAUSE = Duration.ofMillis(20);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(250);

    /** How a wait ended: the block committed, or not within the wait; the last height read. */
    record Outcome(boolean committed, long height) {}

    private BlockWait() {}

    /**
     * Reads {@code height} on {@code reader} until it is above {@code block} or {@code wait} has
     * passed since subscription. A failure of a read fails the wait.
     */
    static Uni<Outcome> untilAbove(
            LongSupplier height, long block, Duration wait, Executor reader) {
        return Uni.createFrom()
                .deferred(
                        () ->
                                poll(
                                        height,
                                        block,
                                        System.nanoTime() + wait.toNanos(),
                                        FIRST_PAUSE,
                                        reader));
    }

    private static Uni<Outcome> poll(
            LongSupplier height, long block, long deadline, Duration pause, Executor reader) {
        return Uni.createFrom()
                .item(height::getAsLong)
                .runSubscriptionOn(reader)
                .onItem()
                .transformToUni(
                        seen -> {
                            if (seen > block) {
                                return Uni.createFrom().item(new Outcome(true, seen));
                            }
                            long left = deadline - System.nanoTime();
                            if (left <= 0) {
                                return Uni.createFrom().item(new Outcome(false, seen));
                            }
                            Duration next = Duration.ofNanos(Math.min(pause.toNanos(), left));
                            Duration longer = Backoff.grown(pause, LONGEST_PAUSE);
                            return Uni.createFrom()
                                    .voidItem()
                                    .onItem()
                                    .delayIt()
                                    .by(next)
                                    .onItem()
                                    .transformToUni(
                                            ignored ->
                                                    poll(height, block, deadline, longer, reader));
                        });
    }
}
