package io.tradechain.testkit;

import java.util.List;

/**
 * A committed block: number, hash chain ({@code previousHash} is the previous block's {@code hash}), the SHA-256 of
 * its transactions and each transaction's outcome, valid or not, as Fabric keeps invalid transactions in blocks.
 */
public final class Block {
    private final long number;
    private final String previousHash;
    private final String dataHash;
    private final String hash;
    private final List<TxResult> transactions;

    Block(long number, String previousHash, String dataHash, String hash, List<TxResult> transactions) {
        this.number = number;
        this.previousHash = previousHash;
        this.dataHash = dataHash;
        this.hash = hash;
        this.transactions = List.copyOf(transactions);
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
}
