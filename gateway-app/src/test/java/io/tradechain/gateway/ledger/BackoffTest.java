package io.tradechain.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void pausesDoubleUpToTheLongestAndStartOverAfterASuccess() {
        Backoff backoff = new Backoff(Duration.ofMillis(1), Duration.ofMillis(5));
        assertThat(backoff.grown()).isFalse();
        assertThat(backoff.pause()).isTrue();
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(2));
        assertThat(backoff.grown()).isTrue();
        backoff.pause();
        backoff.pause();
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(5));
        backoff.pause();
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(5));
        backoff.reset();
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(1));
        assertThat(backoff.grown()).isFalse();
    }

    @Test
    void aCancelledBackoffStopsWaitingAtOnce() {
        Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofSeconds(60));
        backoff.cancel();
        long started = System.nanoTime();
        assertThat(backoff.pause()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
}
