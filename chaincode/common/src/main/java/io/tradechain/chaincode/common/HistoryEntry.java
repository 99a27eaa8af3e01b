package io.tradechain.chaincode.common;

/**
 * One committed modification of an entity, as {@link EntityStore#history} returns it.
 *
 * @param txId the transaction that wrote it
 * @param timestamp that transaction's timestamp, ISO-8601 UTC (e.g. {@code 2026-03-01T08:30:00Z})
 * @param deleted true if the transaction deleted the entity
 * @param value the entity as written; null when deleted
 * @param <T> the entity type
 */
public record HistoryEntry<T>(String txId, String timestamp, boolean deleted, T value) {}
