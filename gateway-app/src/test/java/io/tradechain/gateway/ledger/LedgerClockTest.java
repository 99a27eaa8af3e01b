package io.tradechain.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger clock runs ahead of the system clock by an offset that only grows, and survives a
 * restart.
 */
class LedgerClockTest {
    @TempDir Path dir;

    @Test
    void itStartsOnTheSystemClockAndMovesForwardOnly() {
        LedgerClock clock = new LedgerClock();
        Instant before = Instant.now();
        assertThat(clock.instant()).isBetween(before, Instant.now());
        Instant moved = clock.advance(Duration.ofDays(30));
        assertThat(moved).isAfterOrEqualTo(before.plus(Duration.ofDays(30)));
        assertThat(clock.offset()).isEqualTo(Duration.ofDays(30));
        assertThatThrownBy(() -> clock.advance(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.advance(Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.advanceTo(Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.offset()).isEqualTo(Duration.ofDays(30));
        Instant target = clock.instant().plus(Duration.ofDays(5));
        assertThat(clock.advanceTo(target)).isAfterOrEqualTo(target);
        assertThat(clock.offset())
                .isBetween(Duration.ofDays(35).minusSeconds(5), Duration.ofDays(35));
    }

    @Test
    void theOffsetIsKeptInItsFileAndReadBackAtStart() throws Exception {
        Path file = dir.resolve("ledger-clock.offset");
        LedgerClock first = new LedgerClock(Optional.of(file));
        assertThat(first.offset()).isZero();
        assertThat(file).doesNotExist();
        first.advance(Duration.ofDays(12));
        assertThat(Files.readString(file).strip())
                .isEqualTo(Long.toString(Duration.ofDays(12).toMillis()));
        LedgerClock restarted = new LedgerClock(Optional.of(file));
        assertThat(restarted.offset()).isEqualTo(Duration.ofDays(12));
        assertThat(restarted.instant()).isAfter(Instant.now().plus(Duration.ofDays(11)));
    }

    @Test
    void anOffsetFileThatIsNotANonNegativeNumberStopsTheStart() throws Exception {
        Path file = dir.resolve("ledger-clock.offset");
        for (String bad : new String[] {"-5", "soon", "", "1.5"}) {
            Files.writeString(file, bad);
            assertThatThrownBy(() -> new LedgerClock(Optional.of(file)))
                    .as(bad)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("non-negative");
        }
    }
}
