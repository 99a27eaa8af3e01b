package io.tradechain.ledger;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One ledger per data directory: an exclusive OS lock ({@link FileChannel#tryLock()}) on {@value
 * #FILE_NAME} in the directory, held from open to close. Two ledgers appending to one block file
 * would each rebuild their own state and overwrite each other's blocks, losing acknowledged writes;
 * so a second opener, in another process or in this one, is refused with {@link
 * DataDirectoryLockedException}. The OS drops the lock when the process dies, so a crash never
 * leaves the directory locked (the file itself stays, empty, and means nothing).
 */
public final class DataDirectoryLock implements Closeable {
    public static final String FILE_NAME = "ledger.lock";

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path directory, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code directory} (created if missing) or refuses if anyone holds it. */
    public static DataDirectoryLock acquire(Path directory) {
        Path dir = directory.toAbsolutePath();
        Path file = dir.resolve(FILE_NAME);
        FileChannel channel;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot open the lock file " + file + ": " + e.getMessage(), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // this JVM holds it already: another ledger of this process has the directory open
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new DataDirectoryLockedException(dir, file);
        }
        return new DataDirectoryLock(dir, channel, lock);
    }

    public Path directory() {
        return directory;
    }

    public boolean isHeld() {
        return lock.isValid();
    }

    /** Releases the lock; another ledger may open the directory afterwards. */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock of " + directory, e);
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written through it
        }
    }

    /** Another ledger, in this process or another, has the data directory open. */
    public static final class DataDirectoryLockedException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        private final transient Path directory;

        DataDirectoryLockedException(Path directory, Path file) {
            super(
                    "the data directory "
                            + directory
                            + " is in use: another process (or another ledger of this "
                            + "process) holds its lock "
                            + file
                            + "; two ledgers on one directory would overwrite each "
                            + "other's blocks. Stop the other one or choose another directory.");
            this.directory = directory;
        }

        public Path directory() {
            return directory;
        }
    }
}
