package io.tradechain.chaincode.common;

import java.util.SortedMap;
import java.util.TreeMap;

/** What every chaincode event carries: its domain, its type, the ids of what changed and the transaction. */
public record ChaincodeEventPayload(String domain, String type, SortedMap<String, String> ids, String txId) {

    public ChaincodeEventPayload {
        ids = new TreeMap<>(ids);
    }

    public static ChaincodeEventPayload parse(byte[] payload) {
        return CanonicalJson.fromBytes(payload, ChaincodeEventPayload.class);
    }
}
