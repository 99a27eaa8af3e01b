package io.tradechain.chaincode.common;

import java.util.Collections;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What every chaincode event carries, as canonical JSON: {@code
 * {"audience":[..],"domain":..,"ids":{..},"txId":..,"type":..}}.
 *
 * <p>Fabric delivers every chaincode event to every member of the channel; {@code audience} says
 * which organisations the event is meant for, and the gateway streams it only to them (and to the
 * regulator, which supervises all). An empty audience means the whole channel. Events carry ids,
 * never private values.
 *
 * @param domain the emitting domain, e.g. {@code parties}
 * @param type what happened, e.g. {@code PartyRegistered}
 * @param ids the ids of what changed, sorted by key
 * @param txId the transaction that emitted it (consumers process events idempotently by it)
 * @param audience the MSP ids the event is meant for, sorted; empty for the whole channel
 */
public record ChaincodeEventPayload(
        String domain,
        String type,
        SortedMap<String, String> ids,
        String txId,
        SortedSet<String> audience) {

    /** Copies the ids and audience into unmodifiable sorted collections (null gives empty ones). */
    public ChaincodeEventPayload {
        ids = Collections.unmodifiableSortedMap(ids == null ? new TreeMap<>() : new TreeMap<>(ids));
        audience =
                Collections.unmodifiableSortedSet(
                        audience == null ? new TreeSet<>() : new TreeSet<>(audience));
    }

    /** An event for the whole channel. */
    public ChaincodeEventPayload(
            String domain, String type, SortedMap<String, String> ids, String txId) {
        this(domain, type, ids, txId, null);
    }

    /**
     * Whether an organisation may see the event: it is in the audience, the audience is empty, or
     * it supervises.
     */
    public boolean visibleTo(String mspId) {
        return audience.isEmpty()
                || audience.contains(mspId)
                || Organisations.REGULATOR_MSP.equals(mspId);
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
