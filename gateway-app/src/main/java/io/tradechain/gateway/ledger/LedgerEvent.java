package io.tradechain.gateway.ledger;

/**
 * A chaincode event of a committed, valid transaction. {@code position} orders every event of the
 * channel since block 0, so a stream can resume exactly after the last event a client saw.
 */
public record LedgerEvent(
        long position,
        long blockNumber,
        String txId,
        String chaincode,
        String name,
        byte[] payload) {}
