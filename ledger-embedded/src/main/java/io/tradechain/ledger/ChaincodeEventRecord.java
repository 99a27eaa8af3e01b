package io.tradechain.ledger;

/** A chaincode event of a committed, valid transaction. */
public record ChaincodeEventRecord(
        long blockNumber, String txId, String chaincode, String eventName, byte[] payload) {}
