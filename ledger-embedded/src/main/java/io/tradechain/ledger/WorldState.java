package io.tradechain.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Committed state of the channel: per chaincode namespace the public key-values with their
 * versions, the private data of each collection (kept once; the stub decides who may read values
 * and who only hashes), state-based endorsement parameters, and key history. Changed only by {@link
 * InMemoryLedger} when it commits a block.
 */
final class WorldState {
    /** A committed value and the version that wrote it. */
    record Entry(byte[] value, Version version) {}

    /** One committed modification of a key. */
    record Modification(String txId, Instant timestamp, byte[] value, boolean deleted) {}

    private final Map<String, ConcurrentSkipListMap<String, Entry>> state =
            new ConcurrentHashMap<>();
    private final Map<String, ConcurrentSkipListMap<String, Entry>> privateState =
            new ConcurrentHashMap<>();
    private final Map<String, Map<String, byte[]>> validationParameters = new ConcurrentHashMap<>();
    private final Map<String, Map<String, List<Modification>>> history = new ConcurrentHashMap<>();

    NavigableMap<String, Entry> namespace(String ns) {
        return state.computeIfAbsent(ns, k -> new ConcurrentSkipListMap<>(KeyOrder.CODE_POINTS));
    }

    NavigableMap<String, Entry> collection(String ns, String collection) {
        return privateState.computeIfAbsent(
                ns + "$$" + collection, k -> new ConcurrentSkipListMap<>(KeyOrder.CODE_POINTS));
    }

    Entry get(String ns, String key) {
        return namespace(ns).get(key);
    }

    Entry getPrivate(String ns, String collection, String key) {
        return collection(ns, collection).get(key);
    }

    byte[] validationParameter(String scope, String key) {
        return validationParameters.getOrDefault(scope, Map.of()).get(key);
    }

    List<Modification> history(String ns, String key) {
        List<Modification> list = history.getOrDefault(ns, Map.of()).get(key);
        return list == null ? List.of() : List.copyOf(list);
    }

    void put(String ns, String key, byte[] value, Version version, String txId, Instant timestamp) {
        if (value == null) {
            namespace(ns).remove(key);
        } else {
            namespace(ns).put(key, new Entry(value, version));
        }
        history.computeIfAbsent(ns, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> new ArrayList<>())
                .add(new Modification(txId, timestamp, value, value == null));
    }

    void putPrivate(String ns, String collection, String key, byte[] value, Version version) {
        if (value == null) {
            collection(ns, collection).remove(key);
        } else {
            collection(ns, collection).put(key, new Entry(value, version));
        }
    }

    void setValidationParameter(String scope, String key, byte[] value) {
        validationParameters.computeIfAbsent(scope, k -> new ConcurrentHashMap<>()).put(key, value);
    }
}
