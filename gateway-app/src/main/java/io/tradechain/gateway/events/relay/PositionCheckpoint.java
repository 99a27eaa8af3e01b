package io.tradechain.gateway.events.relay;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * The relay's durable checkpoint: the position of the next event to deliver, one decimal number in
 * a file. Each {@link #save} writes a temporary file, forces it to disk and renames it over the old
 * one, so after a crash the file holds either the old or the new position, never a torn one.
 */
public final class PositionCheckpoint {
    private final Path file;

    public PositionCheckpoint(Path file) {
        this.file = file.toAbsolutePath();
    }

    public Path file() {
        return file;
    }

    /**
     * The saved position, empty when nothing was saved yet.
     *
     * @throws IllegalStateException when the file exists but does not hold a position
     */
    public OptionalLong load() {
        if (!Files.exists(file)) {
            return OptionalLong.empty();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "the event relay checkpoint " + file + " is unreadable: " + e.getMessage(), e);
        }
        if (!text.matches("[0-9]{1,18}")) {
            throw new IllegalStateException(
                    "the event relay checkpoint "
                            + file
                            + " does not hold a position ("
                            + (text.length() > 40 ? text.substring(0, 40) + "..." : text)
                            + "); fix or delete it");
        }
        return OptionalLong.of(Long.parseLong(text));
    }

    /** Saves the position durably (forced to disk, replaced atomically). */
    public void save(long position) throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        try (FileChannel out =
                FileChannel.open(
                        tmp,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap((position + "\n").getBytes(StandardCharsets.US_ASCII)));
            out.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true); // the rename itself survives a power cut
        } catch (IOException e) {
            // some file systems cannot open a directory for reading; the rename is then as durable
            // as they make it
        }
    }
}
