package io.tradechain.chaincode.common;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What every chaincode event carries, as canonical JSON: {@code {"domain":..,"ids":{..},"txId":..,"type":..}}.
 *
 * @param domain the emitting domain, e.g. {@code parties}
 * @param type   what happened, e.g. {@code PartyRegistered}
 * @param ids    the ids of what changed, sorted by key
 * @param txId   the transaction that emitted it (consumers process events idempotently by it)
 */
public record ChaincodeEventPayload(String domain, String type, SortedMap<String, String> ids, String txId) {

    /** Copies the ids into an unmodifiable sorted map (null gives an empty one). */
    public ChaincodeEventPayload {
        ids = Collections.unmodifiableSortedMap(ids == null ? new TreeMap<>() : new TreeMap<>(ids));
    }

    /**
     * Reads an event payload written by {@link Events#emit}.
     *
     * @throws IllegalStateException if the bytes are not such a payload
     */
    public static ChaincodeEventPayload parse(byte[] payload) {
        return CanonicalJson.fromBytes(payload, ChaincodeEventPayload.class);
    }
}
