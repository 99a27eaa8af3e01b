package io.tradechain.ledger;

import java.util.List;

/**
 * A committed block: number, hash chain ({@code previousHash} is the previous block's {@code
 * hash}), the SHA-256 of its encoded transactions ({@link BlockCodec}) and each transaction's
 * outcome, valid or not, as Fabric keeps invalid transactions in blocks.
 *
 * <p>The block also carries what each valid transaction wrote, so that a ledger can be rebuilt from
 * its blocks without running any chaincode again. As on a Fabric peer, the hashed part of a block
 * holds only the hashes of private data; the values travel beside it and are checked against those
 * hashes when a block is read back.
 */
public final class Block {
    /**
     * One key written: {@code collection} null for public state, {@code value} null for a delete.
     */
    record Write(String ns, String collection, String key, byte[] value) {}

    /** What one transaction wrote; empty for an invalid transaction. */
    record TxWrites(List<Write> writes, List<Write> validationParameters) {
        static final TxWrites NONE = new TxWrites(List.of(), List.of());

        TxWrites {
            writes = List.copyOf(writes);
            validationParameters = List.copyOf(validationParameters);
        }
    }

    private final long number;
    private final String previousHash;
    private final String dataHash;
    private final String hash;
    private final List<TxResult> transactions;
    private final List<TxWrites> writes;

    Block(
            long number,
            String previousHash,
            String dataHash,
            String hash,
            List<TxResult> transactions,
            List<TxWrites> writes) {
        if (transactions.size() != writes.size()) {
            throw new IllegalArgumentException("one write set per transaction");
        }
        this.number = number;
        this.previousHash = previousHash;
        this.dataHash = dataHash;
        this.hash = hash;
        this.transactions = List.copyOf(transactions);
        this.writes = List.copyOf(writes);
    }

    /** Seals a block: encodes its data, hashes it and links it to the previous block's hash. */
    static Block seal(
            long number, String previousHash, List<TxResult> transactions, List<TxWrites> writes) {
        String dataHash = InMemoryLedger.sha256Hex(BlockCodec.encodeData(transactions, writes));
        return new Block(
                number,
                previousHash,
                dataHash,
                headerHash(number, previousHash, dataHash),
                transactions,
                writes);
    }

    static String headerHash(long number, String previousHash, String dataHash) {
        return InMemoryLedger.sha256Hex(
                (number + "|" + previousHash + "|" + dataHash)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public long number() {
        return number;
    }

    public String previousHash() {
        return previousHash;
    }

    public String dataHash() {
        return dataHash;
    }

    public String hash() {
        return hash;
    }

    public List<TxResult> transactions() {
        return transactions;
    }

    List<TxWrites> writes() {
        return writes;
    }
}
