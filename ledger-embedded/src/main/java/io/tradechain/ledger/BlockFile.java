package io.tradechain.ledger;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * An append-only file of block records, forced to disk on every append.
 *
 * <pre>
 * file   := magic "TRADECHAIN-BLOCKS-1\n" record*
 * record := length:int crc32c:int payload[length]          (big-endian; crc32c of the payload)
 * </pre>
 *
 * <p>Opening reads every record and tells two failures apart:
 *
 * <ul>
 *   <li><b>A torn tail</b>: the last record is incomplete (its header or payload runs past the end
 *       of the file) or fails its checksum. That is what a crash during an append leaves; the
 *       append was never acknowledged, since {@link #append} returns only after the force. The tail
 *       is cut off and reported by {@link #droppedBytes}.
 *   <li><b>Corruption</b>: a record that fails its checksum with more records after it, or a file
 *       that does not start with the magic. No crash produces that; {@link
 *       LedgerCorruptedException} is thrown.
 * </ul>
 *
 * Checksums only catch accidents: {@link InMemoryLedger} also checks each block's hashes and the
 * chain, which is what catches a record edited with a matching checksum.
 */
public final class BlockFile implements Closeable {
    static final byte[] MAGIC = "TRADECHAIN-BLOCKS-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 8;

    /** Larger than any block this ledger writes; a larger length is a torn or corrupt header. */
    private static final int MAX_RECORD = 256 * 1024 * 1024;

    private final Path path;
    private final FileChannel channel;
    private final List<byte[]> records;
    private final long droppedBytes;
    private DataDirectoryLock lock;

    private BlockFile(Path path, FileChannel channel, List<byte[]> records, long droppedBytes) {
        this.path = path;
        this.channel = channel;
        this.records = records;
        this.droppedBytes = droppedBytes;
    }

    /**
     * Opens or creates the file, reads its records and cuts off a torn tail. First takes the
     * exclusive lock of the file's directory ({@link DataDirectoryLock}), held until {@link
     * #close}.
     *
     * @throws DataDirectoryLock.DataDirectoryLockedException when another ledger has the directory
     *     open
     */
    public static BlockFile open(Path path) {
        DataDirectoryLock lock = DataDirectoryLock.acquire(path.toAbsolutePath().getParent());
        try {
            BlockFile file = openLocked(path);
            file.lock = lock;
            return file;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static BlockFile openLocked(Path path) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            boolean created = !Files.exists(path);
            FileChannel channel =
                    FileChannel.open(
                            path,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.READ,
                            StandardOpenOption.WRITE);
            try {
                if (created || channel.size() == 0) {
                    channel.write(ByteBuffer.wrap(MAGIC), 0);
                    channel.force(true);
                    forceDirectory(parent);
                }
                return read(path, channel);
            } catch (RuntimeException | IOException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot open the block file " + path + ": " + e.getMessage(), e);
        }
    }

    private static BlockFile read(Path path, FileChannel channel) throws IOException {
        long size = channel.size();
        byte[] magic = new byte[MAGIC.length];
        ByteBuffer magicBuffer = ByteBuffer.wrap(magic);
        channel.read(magicBuffer, 0);
        if (magicBuffer.position() < MAGIC.length || !Arrays.equals(magic, MAGIC)) {
            throw new LedgerCorruptedException(
                    path + " is not a tradechain block file (wrong magic)");
        }
        List<byte[]> records = new ArrayList<>();
        long offset = MAGIC.length;
        while (offset < size) {
            byte[] payload = readRecord(channel, offset, size);
            if (payload == null) {
                break;
            }
            records.add(payload);
            offset += HEADER + payload.length;
        }
        long dropped = size - offset;
        if (dropped > 0) {
            channel.truncate(offset);
            channel.force(true);
        }
        channel.position(offset);
        return new BlockFile(path, channel, records, dropped);
    }

    /** The record at {@code offset}, or null when it is the torn last record. */
    private static byte[] readRecord(FileChannel channel, long offset, long size)
            throws IOException {
        if (size - offset < HEADER) {
            return null;
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        channel.read(header, offset);
        header.flip();
        int length = header.getInt();
        int crc = header.getInt();
        long end = offset + HEADER + (long) length;
        if (length == 0) {
            // No block encodes to nothing: zeros here are space a crash allocated but never filled.
            if (allZero(channel, offset, size)) {
                return null;
            }
            throw new LedgerCorruptedException(
                    "block file " + offsetText(offset) + ": an empty record");
        }
        if (length < 0 || length > MAX_RECORD || end > size) {
            // A length that runs past the end is a torn append; anything else after it would be
            // lost either way.
            if (length >= 0 && length <= MAX_RECORD) {
                return null;
            }
            if (allZero(channel, offset, size)) {
                return null;
            }
            throw new LedgerCorruptedException(
                    "block file "
                            + offsetText(offset)
                            + ": a record declares "
                            + length
                            + " bytes");
        }
        ByteBuffer payload = ByteBuffer.allocate(length);
        while (payload.hasRemaining()) {
            if (channel.read(payload, offset + HEADER + payload.position()) < 0) {
                return null;
            }
        }
        byte[] bytes = payload.array();
        if (crc32c(bytes) != crc) {
            if (end == size || allZero(channel, end, size)) {
                return null;
            }
            throw new LedgerCorruptedException(
                    "block file "
                            + offsetText(offset)
                            + ": record "
                            + "fails its "
                            + "checksum and is followed by more records; the file was altered or damaged");
        }
        return bytes;
    }

    private static boolean allZero(FileChannel channel, long from, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        long position = from;
        while (position < size) {
            buffer.clear();
            int n = channel.read(buffer, position);
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                if (buffer.get(i) != 0) {
                    return false;
                }
            }
            position += n;
        }
        return true;
    }

    private static String offsetText(long offset) {
        return "at byte " + offset;
    }

    /** The payloads read at open, oldest first. */
    public List<byte[]> records() {
        return List.copyOf(records);
    }

    /** Bytes of a torn last record cut off at open; 0 when the file ended cleanly. */
    public long droppedBytes() {
        return droppedBytes;
    }

    public Path path() {
        return path;
    }

    /** Appends one record and forces it to disk; when this returns, the record survives a crash. */
    public synchronized void append(byte[] payload) {
        ByteBuffer buffer = ByteBuffer.allocate(HEADER + payload.length);
        buffer.putInt(payload.length).putInt(crc32c(payload)).put(payload).flip();
        try {
            long start = channel.position();
            try {
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(false);
            } catch (IOException e) {
                // Leave no partial record behind for the next append to follow.
                channel.truncate(start);
                channel.position(start);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot append to the block file " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    private static int crc32c(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }

    private static void forceDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a directory; the file's own force still holds its content.
        }
    }
}
