package io.tradechain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The block file: what a restart rebuilds, what a crash may leave behind, and what tampering is
 * refused.
 */
class DurableLedgerTest {
    @TempDir Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T08:00:00Z"));

    private Path file() {
        return dir.resolve("ledger").resolve("blocks.dat");
    }

    private InMemoryLedger open() {
        InMemoryLedger ledger = InMemoryLedger.builder().clock(clock).blockFile(file()).build();
        ledger.deploy(
                ChaincodeDefinition.builder("sample")
                        .contractPackages("io.tradechain.ledger.sample")
                        .collection(CollectionConfig.of("bankTerms", "Bank1MSP", "RegulatorMSP"))
                        .build());
        return ledger;
    }

    private static TxResult ok(TxResult result) {
        assertThat(result.isSuccess()).as(result.toString()).isTrue();
        return result;
    }

    private static Identity alice(InMemoryLedger ledger) {
        return ledger.msp("Bank1MSP").client("alice");
    }

    private static TxResult put(InMemoryLedger ledger, String key, String value) {
        return ok(ledger.submit(Invocation.of(alice(ledger), "sample", "Put", key, value)));
    }

    private static String get(InMemoryLedger ledger, String key) {
        return ledger.evaluate(Invocation.of(alice(ledger), "sample", "Get", key))
                .payloadAsString();
    }

    /** Three blocks: two public writes and one private write with an event-free commit. */
    private List<TxResult> writeThreeBlocks(InMemoryLedger ledger) {
        List<TxResult> results = new ArrayList<>();
        results.add(put(ledger, "a", "1"));
        results.add(put(ledger, "a", "2"));
        results.add(
                ok(
                        ledger.submit(
                                Invocation.builder(alice(ledger), "sample", "PutPrivate")
                                        .args("bankTerms", "t1")
                                        .transientData(
                                                "value",
                                                "secret-terms".getBytes(StandardCharsets.UTF_8))
                                        .build())));
        return results;
    }

    @Test
    void aRestartRebuildsStatePrivateDataHistoryEventsAndAudit() {
        InMemoryLedger first = open();
        List<TxResult> written = writeThreeBlocks(first);
        ok(first.submit(Invocation.of(alice(first), "sample", "EventAndIncrement", "n")));
        List<Block> blocksBefore = first.blocks();
        first.close();

        InMemoryLedger second = open();
        assertThat(second.height()).isEqualTo(4);
        assertThat(get(second, "a")).isEqualTo("2");
        assertThat(second.committedPrivateData("sample", "bankTerms", "t1"))
                .get()
                .extracting(b -> new String(b, StandardCharsets.UTF_8))
                .isEqualTo("secret-terms");
        assertThat(
                        second.evaluate(Invocation.of(alice(second), "sample", "History", "a"))
                                .payloadAsString())
                .contains("2")
                .contains("1");
        assertThat(second.events())
                .hasSize(1)
                .first()
                .extracting(ChaincodeEventRecord::eventName)
                .isEqualTo("counted");
        for (int i = 0; i < blocksBefore.size(); i++) {
            assertThat(second.block(i).hash()).isEqualTo(blocksBefore.get(i).hash());
        }
        TxResult audited = second.transaction(written.get(1).txId()).orElseThrow();
        assertThat(audited.blockNumber()).isEqualTo(1);
        assertThat(audited.header().function()).isEqualTo("Put");
        assertThat(audited.header().args()).containsExactly("a", "2");
        assertThat(audited.header().creatorMsp()).isEqualTo("Bank1MSP");
        assertThat(audited.header().timestamp()).isEqualTo(clock.instant());

        // Versions survive too: a read-modify-write endorsed before the restart's next commit still
        // validates.
        put(second, "a", "3");
        assertThat(second.height()).isEqualTo(5);
        assertThat(second.block(4).previousHash()).isEqualTo(blocksBefore.get(3).hash());
        second.close();
        InMemoryLedger third = open();
        assertThat(get(third, "a")).isEqualTo("3");
        third.close();
    }

    @Test
    void theBlockFileHoldsOnlyTheHashOfPrivateDataInTheHashedPart() throws IOException {
        InMemoryLedger ledger = open();
        writeThreeBlocks(ledger);
        ledger.close();
        List<byte[]> records = BlockFile.open(file()).records();
        Block block = BlockCodec.decode(records.get(2));
        byte[] data = BlockCodec.encodeData(block.transactions(), block.writes());
        assertThat(new String(data, StandardCharsets.ISO_8859_1)).doesNotContain("secret-terms");
    }

    @Test
    void anUnreadableStaleEndorsementAfterRestartIsStillCaughtByMvcc() {
        InMemoryLedger first = open();
        put(first, "k", "1");
        first.close();
        InMemoryLedger second = open();
        Endorsement one = second.endorse(Invocation.of(alice(second), "sample", "Increment", "k"));
        Endorsement two = second.endorse(Invocation.of(alice(second), "sample", "Increment", "k"));
        List<TxResult> results = second.commit(one, two);
        assertThat(results)
                .extracting(TxResult::validationCode)
                .containsExactly(ValidationCode.VALID, ValidationCode.MVCC_READ_CONFLICT);
        second.close();
    }

    @Test
    void aTornLastRecordIsDroppedAndTheFileStaysAppendable() throws IOException {
        InMemoryLedger first = open();
        writeThreeBlocks(first);
        first.close();
        long size = Files.size(file());
        List<Long> offsets = recordOffsets();
        long lastStart = offsets.get(offsets.size() - 1);
        // A crash in the middle of the last append: only part of its payload reached the disk.
        truncate(file(), lastStart + (size - lastStart) / 2);

        InMemoryLedger second = open();
        assertThat(second.blockFile().orElseThrow().droppedBytes()).isPositive();
        assertThat(second.height()).isEqualTo(2);
        assertThat(second.committedPrivateData("sample", "bankTerms", "t1")).isEmpty();
        assertThat(get(second, "a")).isEqualTo("2");
        put(second, "b", "x");
        second.close();

        InMemoryLedger third = open();
        assertThat(third.blockFile().orElseThrow().droppedBytes()).isZero();
        assertThat(third.height()).isEqualTo(3);
        assertThat(get(third, "b")).isEqualTo("x");
        third.close();
    }

    @Test
    void aTornHeaderAndAZeroFilledTailAreDroppedToo() throws IOException {
        InMemoryLedger first = open();
        writeThreeBlocks(first);
        first.close();
        Files.write(file(), new byte[] {0, 0, 1}, java.nio.file.StandardOpenOption.APPEND);
        assertThat(reopenHeight()).isEqualTo(3);
        Files.write(file(), new byte[4096], java.nio.file.StandardOpenOption.APPEND);
        assertThat(reopenHeight()).isEqualTo(3);
    }

    private long reopenHeight() {
        InMemoryLedger ledger = open();
        try {
            return ledger.height();
        } finally {
            ledger.close();
        }
    }

    @Test
    void aDamagedRecordInTheMiddleIsRefused() throws IOException {
        InMemoryLedger first = open();
        writeThreeBlocks(first);
        first.close();
        long middle = recordOffsets().get(1);
        flipByte(file(), middle + 8 + 20);

        assertThatThrownBy(this::open)
                .isInstanceOf(LedgerCorruptedException.class)
                .hasMessageContaining("checksum");
    }

    @Test
    void anEditedRecordWithARecomputedChecksumIsRefusedByItsHashes() throws IOException {
        InMemoryLedger first = open();
        writeThreeBlocks(first);
        first.close();
        // Change the value written by block 1 ("2" -> "9") and fix the checksum as a careful forger
        // would.
        rewriteRecord(
                1,
                payload ->
                        replaceOnce(
                                payload, "\u0000\u0000\u0000\u00012", "\u0000\u0000\u0000\u00019"));

        assertThatThrownBy(this::open)
                .isInstanceOf(LedgerCorruptedException.class)
                .hasMessageContaining("block 1")
                .hasMessageContaining("data hash");
    }

    @Test
    void aLastRecordEditedWithARecomputedChecksumIsRefusedNotDropped() throws IOException {
        InMemoryLedger first = open();
        writeThreeBlocks(first);
        first.close();
        rewriteRecord(2, payload -> replaceOnce(payload, "secret-terms", "forged-terms"));

        assertThatThrownBy(this::open)
                .isInstanceOf(LedgerCorruptedException.class)
                .hasMessageContaining("block 2")
                .hasMessageContaining("private data");
    }

    @Test
    void aRemovedBlockBreaksTheChainAndIsRefused() throws IOException {
        InMemoryLedger first = open();
        writeThreeBlocks(first);
        first.close();
        List<Long> offsets = recordOffsets();
        byte[] all = Files.readAllBytes(file());
        byte[] without = new byte[all.length - (int) (offsets.get(2) - offsets.get(1))];
        System.arraycopy(all, 0, without, 0, offsets.get(1).intValue());
        System.arraycopy(
                all,
                offsets.get(2).intValue(),
                without,
                offsets.get(1).intValue(),
                all.length - offsets.get(2).intValue());
        Files.write(file(), without);

        assertThatThrownBy(this::open)
                .isInstanceOf(LedgerCorruptedException.class)
                .hasMessageContaining("blocks are missing or out of order");
    }

    @Test
    void aFileThatIsNotABlockFileIsRefused() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"not\": \"blocks\"}");
        assertThatThrownBy(this::open)
                .isInstanceOf(LedgerCorruptedException.class)
                .hasMessageContaining("magic");
    }

    @Test
    void aBlockThatCannotBeWrittenIsNeitherAppliedNorReported() {
        InMemoryLedger ledger = open();
        put(ledger, "k", "1");
        ledger.blockFile().orElseThrow().close();

        assertThatThrownBy(() -> put(ledger, "k", "2")).isInstanceOf(UncheckedIOException.class);
        assertThat(ledger.height()).isEqualTo(1);
        assertThat(get(ledger, "k")).isEqualTo("1");
    }

    // ---- file surgery
    // -------------------------------------------------------------------------------------

    private List<Long> recordOffsets() throws IOException {
        byte[] all = Files.readAllBytes(file());
        List<Long> offsets = new ArrayList<>();
        int offset = BlockFile.MAGIC.length;
        while (offset + 8 <= all.length) {
            offsets.add((long) offset);
            offset += 8 + ByteBuffer.wrap(all, offset, 4).getInt();
        }
        return offsets;
    }

    private void rewriteRecord(int index, java.util.function.UnaryOperator<byte[]> edit)
            throws IOException {
        byte[] all = Files.readAllBytes(file());
        int offset = recordOffsets().get(index).intValue();
        int length = ByteBuffer.wrap(all, offset, 4).getInt();
        byte[] payload = java.util.Arrays.copyOfRange(all, offset + 8, offset + 8 + length);
        byte[] edited = edit.apply(payload);
        assertThat(edited).hasSameSizeAs(payload).isNotEqualTo(payload);
        CRC32C crc = new CRC32C();
        crc.update(edited);
        ByteBuffer.wrap(all, offset + 4, 4).putInt((int) crc.getValue());
        System.arraycopy(edited, 0, all, offset + 8, length);
        Files.write(file(), all);
    }

    private static byte[] replaceOnce(byte[] payload, String from, String to) {
        String text = new String(payload, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(from);
        assertThat(at).as("'%s' in the record", from).isNotNegative();
        byte[] copy = payload.clone();
        byte[] replacement = to.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(replacement, 0, copy, at, replacement.length);
        return copy;
    }

    private static void flipByte(Path path, long position) throws IOException {
        byte[] all = Files.readAllBytes(path);
        all[(int) position] ^= 0x5A;
        Files.write(path, all);
    }

    private static void truncate(Path path, long size) throws IOException {
        try (var channel =
                java.nio.channels.FileChannel.open(path, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }
}
