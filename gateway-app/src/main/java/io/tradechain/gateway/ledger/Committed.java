package io.tradechain.gateway.ledger;

/**
 * A transaction the ledger committed as valid: its id, its block and the chaincode's response
 * payload.
 */
public record Committed(String txId, long blockNumber, byte[] payload) {}
