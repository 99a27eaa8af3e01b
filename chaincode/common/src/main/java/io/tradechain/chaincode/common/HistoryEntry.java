package io.tradechain.chaincode.common;

/** One committed modification of an entity: which transaction, when, and the value (null when deleted). */
public record HistoryEntry<T>(String txId, String timestamp, boolean deleted, T value) {
}
