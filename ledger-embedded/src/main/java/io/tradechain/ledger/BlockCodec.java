package io.tradechain.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of a {@link Block}, as written to and read from a {@link BlockFile}.
 *
 * <pre>
 * block   := number:long previousHash:str dataHash:str hash:str data:bytes private:bytes
 * data    := count:int tx*                                   (dataHash = SHA-256 of these bytes)
 * tx      := txId chaincode function argc:int arg* creatorMsp creatorName epochSecond:long nano:int
 *            status:int message payload:bytes validationCode hasEvent:bool [eventName eventPayload:bytes]
 *            writes:int write* vps:int vp*
 * write   := ns collection? key deleted:bool [value:bytes | sha256(value):bytes when private]
 * vp      := ns collection? key value:bytes?
 * private := count:int (txIndex:int writeIndex:int value:bytes)*
 * str     := length:int utf8 (length -1 for null)       bytes := length:int raw (length -1 for null)
 * </pre>
 *
 * <p>The hashed data holds only the SHA-256 of private values, as a Fabric block does; the values
 * ride in the private section and {@link #decode} checks each against its hash.
 */
final class BlockCodec {
    private BlockCodec() {}

    static byte[] encode(Block block) {
        return write(
                out -> {
                    out.writeLong(block.number());
                    writeString(out, block.previousHash());
                    writeString(out, block.dataHash());
                    writeString(out, block.hash());
                    writeBytes(out, encodeData(block.transactions(), block.writes()));
                    writeBytes(out, encodePrivate(block.writes()));
                });
    }

    static byte[] encodeData(List<TxResult> transactions, List<Block.TxWrites> writes) {
        return write(
                out -> {
                    out.writeInt(transactions.size());
                    for (int i = 0; i < transactions.size(); i++) {
                        writeTransaction(out, transactions.get(i), writes.get(i));
                    }
                });
    }

    private static void writeTransaction(DataOutputStream out, TxResult tx, Block.TxWrites writes)
            throws IOException {
        TxResult.TxHeader header = tx.header();
        writeString(out, tx.txId());
        writeString(out, header.chaincode());
        writeString(out, header.function());
        out.writeInt(header.args().size());
        for (String arg : header.args()) {
            writeString(out, arg);
        }
        writeString(out, header.creatorMsp());
        writeString(out, header.creatorName());
        out.writeLong(header.timestamp().getEpochSecond());
        out.writeInt(header.timestamp().getNano());
        out.writeInt(tx.status());
        writeString(out, tx.message());
        writeBytes(out, tx.payload());
        writeString(out, tx.validationCode().name());
        out.writeBoolean(tx.event().isPresent());
        if (tx.event().isPresent()) {
            writeString(out, tx.event().get().eventName());
            writeBytes(out, tx.event().get().payload());
        }
        out.writeInt(writes.writes().size());
        for (Block.Write w : writes.writes()) {
            writeString(out, w.ns());
            writeString(out, w.collection());
            writeString(out, w.key());
            out.writeBoolean(w.value() == null);
            if (w.value() != null) {
                writeBytes(out, w.collection() == null ? w.value() : sha256(w.value()));
            }
        }
        out.writeInt(writes.validationParameters().size());
        for (Block.Write w : writes.validationParameters()) {
            writeString(out, w.ns());
            writeString(out, w.collection());
            writeString(out, w.key());
            writeBytes(out, w.value());
        }
    }

    private static byte[] encodePrivate(List<Block.TxWrites> writes) {
        return write(
                out -> {
                    List<int[]> positions = new ArrayList<>();
                    for (int t = 0; t < writes.size(); t++) {
                        List<Block.Write> list = writes.get(t).writes();
                        for (int w = 0; w < list.size(); w++) {
                            if (list.get(w).collection() != null && list.get(w).value() != null) {
                                positions.add(new int[] {t, w});
                            }
                        }
                    }
                    out.writeInt(positions.size());
                    for (int[] p : positions) {
                        out.writeInt(p[0]);
                        out.writeInt(p[1]);
                        writeBytes(out, writes.get(p[0]).writes().get(p[1]).value());
                    }
                });
    }

    /**
     * Reads a block back and checks it on its own: its data hash, its header hash and every private
     * value against the hash its transaction recorded. The caller checks the link to the previous
     * block.
     */
    static Block decode(byte[] payload) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
            long number = in.readLong();
            String previousHash = readString(in);
            String dataHash = readString(in);
            String hash = readString(in);
            byte[] data = readBytes(in);
            byte[] privateData = readBytes(in);
            if (!InMemoryLedger.sha256Hex(data).equals(dataHash)) {
                throw new LedgerCorruptedException(
                        "block " + number + ": its transactions do not match its data hash");
            }
            if (!Block.headerHash(number, previousHash, dataHash).equals(hash)) {
                throw new LedgerCorruptedException(
                        "block " + number + ": its header does not match its hash");
            }
            List<TxResult> transactions = new ArrayList<>();
            List<List<Block.Write>> writes = new ArrayList<>();
            List<List<Block.Write>> parameters = new ArrayList<>();
            DataInputStream d = new DataInputStream(new ByteArrayInputStream(data));
            int count = d.readInt();
            for (int i = 0; i < count; i++) {
                readTransaction(d, number, transactions, writes, parameters);
            }
            fillPrivateValues(number, privateData, writes);
            List<Block.TxWrites> txWrites = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                txWrites.add(new Block.TxWrites(writes.get(i), parameters.get(i)));
            }
            return new Block(number, previousHash, dataHash, hash, transactions, txWrites);
        } catch (IOException | RuntimeException e) {
            if (e instanceof LedgerCorruptedException corrupted) {
                throw corrupted;
            }
            throw new LedgerCorruptedException("a block record cannot be decoded: " + e, e);
        }
    }

    private static void readTransaction(
            DataInputStream d,
            long number,
            List<TxResult> transactions,
            List<List<Block.Write>> writes,
            List<List<Block.Write>> parameters)
            throws IOException {
        String txId = readString(d);
        String chaincode = readString(d);
        String function = readString(d);
        int argc = d.readInt();
        List<String> args = new ArrayList<>();
        for (int a = 0; a < argc; a++) {
            args.add(readString(d));
        }
        String creatorMsp = readString(d);
        String creatorName = readString(d);
        Instant timestamp = Instant.ofEpochSecond(d.readLong(), d.readInt());
        int status = d.readInt();
        String message = readString(d);
        byte[] payload = readBytes(d);
        ValidationCode code = ValidationCode.valueOf(readString(d));
        ChaincodeEventRecord event = null;
        if (d.readBoolean()) {
            event = new ChaincodeEventRecord(number, txId, chaincode, readString(d), readBytes(d));
        }
        List<Block.Write> list = new ArrayList<>();
        int writeCount = d.readInt();
        for (int w = 0; w < writeCount; w++) {
            String ns = readString(d);
            String collection = readString(d);
            String key = readString(d);
            boolean deleted = d.readBoolean();
            list.add(new Block.Write(ns, collection, key, deleted ? null : readBytes(d)));
        }
        List<Block.Write> vps = new ArrayList<>();
        int vpCount = d.readInt();
        for (int v = 0; v < vpCount; v++) {
            vps.add(new Block.Write(readString(d), readString(d), readString(d), readBytes(d)));
        }
        TxResult.TxHeader header =
                new TxResult.TxHeader(
                        chaincode, function, args, creatorMsp, creatorName, timestamp);
        transactions.add(new TxResult(txId, status, message, payload, code, number, event, header));
        writes.add(list);
        parameters.add(vps);
    }

    /**
     * Replaces each private write's recorded hash by its value, refusing a value that does not
     * match.
     */
    private static void fillPrivateValues(
            long number, byte[] privateData, List<List<Block.Write>> writes) throws IOException {
        DataInputStream p = new DataInputStream(new ByteArrayInputStream(privateData));
        int count = p.readInt();
        boolean[][] filled = new boolean[writes.size()][];
        for (int t = 0; t < writes.size(); t++) {
            filled[t] = new boolean[writes.get(t).size()];
        }
        for (int i = 0; i < count; i++) {
            int t = p.readInt();
            int w = p.readInt();
            byte[] value = readBytes(p);
            Block.Write recorded = writes.get(t).get(w);
            if (recorded.collection() == null
                    || recorded.value() == null
                    || !MessageDigest.isEqual(recorded.value(), sha256(value))) {
                throw new LedgerCorruptedException(
                        "block "
                                + number
                                + ": private data of transaction "
                                + t
                                + " does not match the hash its block recorded");
            }
            writes.get(t)
                    .set(
                            w,
                            new Block.Write(
                                    recorded.ns(), recorded.collection(), recorded.key(), value));
            filled[t][w] = true;
        }
        for (int t = 0; t < writes.size(); t++) {
            for (int w = 0; w < writes.get(t).size(); w++) {
                Block.Write write = writes.get(t).get(w);
                if (write.collection() != null && write.value() != null && !filled[t][w]) {
                    throw new LedgerCorruptedException(
                            "block "
                                    + number
                                    + ": private data of transaction "
                                    + t
                                    + " is missing");
                }
            }
        }
    }

    // ---- primitives
    // ---------------------------------------------------------------------------------------

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] write(Writer writer) {
        ByteArrayOutputStream buffer =
                new ByteArrayOutputStream(16 * 1024); // a block of many transactions: few regrowths
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        writeBytes(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(value.length);
        out.write(value);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] bytes = readBytes(in);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > in.available()) {
            throw new IOException("a length of " + length + " runs past the end of the record");
        }
        return in.readNBytes(length);
    }

    private static byte[] sha256(byte[] value) {
        return InMemoryChaincodeStub.sha256(value);
    }
}
