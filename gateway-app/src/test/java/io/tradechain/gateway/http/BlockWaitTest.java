package io.tradechain.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The After-Block wait: never "behind" before the whole wait, never a busy loop, at once when due.
 */
class BlockWaitTest {
    private static final ExecutorService READER = Executors.newFixedThreadPool(2);
    private static final Duration AWAIT = Duration.ofSeconds(10);

    @AfterAll
    static void stop() {
        READER.shutdownNow();
    }

    /** The outcome of a wait for {@code block} on {@code height}, on the test's reader pool. */
    private static BlockWait.Outcome waitFor(LongSupplier height, long block, Duration wait) {
        return BlockWait.untilAbove(height, block, wait, READER).await().atMost(AWAIT);
    }

    /** A height that never changes, counting its reads. */
    private static LongSupplier counted(AtomicInteger reads, long height) {
        return () -> {
            reads.incrementAndGet();
            return height;
        };
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 30, 140, 270, 520, 1000})
    void aBlockThatNeverCommitsIsBehindOnlyOnceTheWholeWaitHasPassed(long waitMillis) {
        AtomicInteger reads = new AtomicInteger();
        long started = System.nanoTime();

        BlockWait.Outcome outcome = waitFor(counted(reads, 7), 7, Duration.ofMillis(waitMillis));

        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(outcome).isEqualTo(new BlockWait.Outcome(false, 7));
        assertThat(waited).as("waited at least the wait").isGreaterThanOrEqualTo(waitMillis);
        // pauses of 20, 40, 80, 160, then 250 ms: a read per pause plus the first and the last
        long pauses = 4 + waitMillis / 250 + 1;
        assertThat(reads.get()).as("reads, not a busy loop").isBetween(1, (int) pauses + 2);
    }

    @Test
    void aBlockAlreadyCommittedPassesOnTheFirstRead() {
        AtomicInteger reads = new AtomicInteger();
        BlockWait.Outcome outcome = waitFor(counted(reads, 12), 11, Duration.ofSeconds(5));
        assertThat(outcome).isEqualTo(new BlockWait.Outcome(true, 12));
        assertThat(reads).hasValue(1);
    }

    @Test
    void aBlockCommittedDuringTheWaitPassesAtTheNextRead() {
        AtomicInteger reads = new AtomicInteger();
        long started = System.nanoTime();
        BlockWait.Outcome outcome =
                waitFor(() -> reads.incrementAndGet() < 4 ? 5 : 6, 5, Duration.ofSeconds(5));
        assertThat(outcome).isEqualTo(new BlockWait.Outcome(true, 6));
        assertThat(reads).hasValue(4);
        // 20 + 40 + 80 ms of pauses, far from the 5 s wait
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(4_000);
    }

    @Test
    void aFailedReadFailsTheWaitAsItself() {
        IllegalStateException unreachable = new IllegalStateException("peer unreachable");
        assertThatThrownBy(
                        () ->
                                waitFor(
                                        () -> {
                                            throw unreachable;
                                        },
                                        1,
                                        Duration.ofSeconds(5)))
                .isSameAs(unreachable);
    }

    @Test
    void theWaitStartsWhenSubscribedNotWhenBuilt() throws Exception {
        var wait = BlockWait.untilAbove(() -> 0, 0, Duration.ofMillis(300), READER);
        Thread.sleep(400);
        long started = System.nanoTime();
        assertThat(wait.await().atMost(AWAIT).committed()).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
                .isGreaterThanOrEqualTo(300);
    }
}
