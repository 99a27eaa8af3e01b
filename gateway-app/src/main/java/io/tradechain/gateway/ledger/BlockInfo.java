package io.tradechain.gateway.ledger;

import java.util.List;

/** A committed block for audit: its place in the hash chain and its transactions, valid or not. */
public record BlockInfo(
        long number,
        String hash,
        String previousHash,
        String dataHash,
        List<TransactionInfo> transactions) {

    public BlockInfo {
        transactions = List.copyOf(transactions);
    }
}
