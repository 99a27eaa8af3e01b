package io.tradechain.gateway.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Where the embedded ledger's transaction timestamps come from, and so every chaincode's "today":
 * the system clock (UTC) plus an offset that only ever grows. The sandbox clock ({@code
 * tradechain.sandbox.clock-enabled}) moves the offset forward so that maturities, expiries and
 * overdue dates can be reached through the API; time never moves back, so no transaction is ever
 * stamped before one already committed by this clock. With a file the offset survives a restart
 * (the embedded ledger's blocks would otherwise jump back in time).
 */
public class LedgerClock extends Clock {
    private final Optional<Path> offsetFile;
    private volatile Duration offset;

    /** The system clock with no offset and nothing kept. */
    public LedgerClock() {
        this(Optional.empty());
    }

    /**
     * @param offsetFile where the offset is kept; read now if it exists
     * @throws IllegalStateException if the file exists but does not hold a non-negative number of
     *     seconds
     */
    public LedgerClock(Optional<Path> offsetFile) {
        this.offsetFile = offsetFile;
        this.offset = offsetFile.filter(Files::exists).map(LedgerClock::read).orElse(Duration.ZERO);
    }

    /** How far ahead of the system clock this clock runs. */
    public Duration offset() {
        return offset;
    }

    /**
     * Moves the clock forward by {@code by} (and keeps the new offset, if there is a file).
     *
     * @throws IllegalArgumentException if {@code by} is not positive
     */
    public synchronized Instant advance(Duration by) {
        if (by.isNegative() || by.isZero()) {
            throw new IllegalArgumentException("the ledger clock only moves forward");
        }
        return moveTo(offset.plus(by));
    }

    /**
     * Moves the clock forward to {@code target}.
     *
     * @throws IllegalArgumentException if {@code target} is not after the clock's present
     */
    public synchronized Instant advanceTo(Instant target) {
        Duration by = Duration.between(instant(), target);
        if (by.isNegative() || by.isZero()) {
            throw new IllegalArgumentException("the ledger clock only moves forward");
        }
        return moveTo(offset.plus(by));
    }

    /**
     * For test subclasses that share one gateway between tests: sets the offset, in either
     * direction.
     */
    protected final synchronized void replaceOffset(Duration next) {
        offset = next;
    }

    private Instant moveTo(Duration next) {
        offsetFile.ifPresent(file -> write(file, next));
        offset = next;
        return instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    private static Duration read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            long millis = Long.parseLong(text);
            if (millis < 0) {
                throw new NumberFormatException("negative");
            }
            return Duration.ofMillis(millis);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ledger clock's offset from " + file, e);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(
                    "the ledger clock's offset file "
                            + file
                            + " must hold a whole, "
                            + "non-negative number of milliseconds; move it away to start on the system clock");
        }
    }

    private static void write(Path file, Duration offset) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, "ledger-clock", ".tmp");
            Files.writeString(
                    temp, Long.toString(offset.toMillis()) + "\n", StandardCharsets.UTF_8);
            Files.move(
                    temp,
                    file,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the ledger clock's offset in " + file, e);
        }
    }
}
