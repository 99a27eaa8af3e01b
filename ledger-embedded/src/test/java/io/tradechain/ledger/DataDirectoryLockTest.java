package io.tradechain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradechain.ledger.DataDirectoryLock.DataDirectoryLockedException;
import io.tradechain.ledger.sample.SampleContract;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One ledger per data directory, whether the second opener is in this process or in another. */
class DataDirectoryLockTest {
    @TempDir Path dir;

    private InMemoryLedger open() {
        InMemoryLedger ledger =
                InMemoryLedger.builder().blockFile(dir.resolve("blocks.dat")).build();
        ledger.deploy(
                ChaincodeDefinition.builder("sample")
                        .contractClasses(SampleContract.class)
                        .build());
        return ledger;
    }

    @Test
    void aSecondLedgerOfThisProcessIsRefusedUntilTheFirstCloses() {
        InMemoryLedger first = open();
        long height = first.height();

        assertThatThrownBy(this::open)
                .isInstanceOf(DataDirectoryLockedException.class)
                .hasMessageContaining(dir.toAbsolutePath().toString())
                .hasMessageContaining("another process");
        assertThatThrownBy(() -> BlockFile.open(dir.resolve("blocks.dat")))
                .isInstanceOf(DataDirectoryLockedException.class);
        // the refused opener changed nothing: the first ledger still holds the lock and works
        assertThatThrownBy(() -> DataDirectoryLock.acquire(dir))
                .isInstanceOf(DataDirectoryLockedException.class);
        assertThat(first.height()).isEqualTo(height);

        first.close();
        InMemoryLedger second = open();
        assertThat(second.height()).isEqualTo(height);
        second.close();
    }

    @Test
    void theLockIsReleasedOnCloseAndCanBeTakenAgain() {
        DataDirectoryLock lock = DataDirectoryLock.acquire(dir);
        assertThat(lock.isHeld()).isTrue();
        lock.close();
        assertThat(lock.isHeld()).isFalse();
        DataDirectoryLock again = DataDirectoryLock.acquire(dir);
        again.close();
    }

    @Test
    void anotherProcessHoldingTheDirectoryRefusesThisOne() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder =
                new ProcessBuilder(
                                java,
                                "-cp",
                                System.getProperty("java.class.path"),
                                Holder.class.getName(),
                                dir.toAbsolutePath().toString())
                        .redirectErrorStream(true)
                        .start();
        try {
            BufferedReader out =
                    new BufferedReader(
                            new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");

            assertThatThrownBy(this::open)
                    .isInstanceOf(DataDirectoryLockedException.class)
                    .hasMessageContaining(dir.toAbsolutePath().toString());
        } finally {
            holder.destroyForcibly();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        // the OS dropped the dead process's lock
        InMemoryLedger ledger = open();
        ledger.close();
    }

    /** Another process: opens a ledger on the directory, says so, and keeps it until killed. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            InMemoryLedger ledger =
                    InMemoryLedger.builder()
                            .blockFile(Path.of(args[0]).resolve("blocks.dat"))
                            .build();
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            ledger.close();
        }
    }
}
