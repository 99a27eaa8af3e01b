package io.tradechain.chaincode.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * Typed entities in the public world state under composite keys {@code objectType + key parts}, stored as
 * canonical JSON. Reads see committed state only: a transaction never reads its own writes on Fabric.
 */
public final class EntityStore<T> {
    private final ChaincodeStub stub;
    private final String objectType;
    private final Class<T> type;

    public EntityStore(ChaincodeStub stub, String objectType, Class<T> type) {
        this.stub = stub;
        this.objectType = objectType;
        this.type = type;
    }

    private String key(String... keyParts) {
        return stub.createCompositeKey(objectType, keyParts).toString();
    }

    public Optional<T> find(String... keyParts) {
        byte[] bytes = stub.getState(key(keyParts));
        return bytes == null || bytes.length == 0 ? Optional.empty()
                : Optional.of(CanonicalJson.fromBytes(bytes, type));
    }

    /** The entity, or NOT_FOUND naming its type and key. */
    public T get(String... keyParts) {
        return find(keyParts).orElseThrow(() -> BusinessException.of(CommonErrorCode.NOT_FOUND,
                objectType + " " + String.join("/", keyParts) + " not found", "objectType", objectType));
    }

    public boolean exists(String... keyParts) {
        byte[] bytes = stub.getState(key(keyParts));
        return bytes != null && bytes.length > 0;
    }

    /** Writes a new entity; ALREADY_EXISTS if committed state holds one under the key. */
    public void insert(T value, String... keyParts) {
        if (exists(keyParts)) {
            throw BusinessException.of(CommonErrorCode.ALREADY_EXISTS,
                    objectType + " " + String.join("/", keyParts) + " already exists", "objectType", objectType);
        }
        put(value, keyParts);
    }

    public void put(T value, String... keyParts) {
        stub.putState(key(keyParts), CanonicalJson.toBytes(value));
    }

    public void delete(String... keyParts) {
        stub.delState(key(keyParts));
    }

    /** A page of entities in key order under the leading key parts. Read-only transactions only (Fabric rule). */
    public Page<T> list(PageRequest page, String... leadingKeyParts) {
        List<T> items = new ArrayList<>();
        try (QueryResultsIteratorWithMetadata<KeyValue> results = stub.getStateByPartialCompositeKeyWithPagination(
                new CompositeKey(objectType, leadingKeyParts), page.pageSize(), page.bookmark())) {
            for (KeyValue kv : results) {
                items.add(CanonicalJson.fromBytes(kv.getValue(), type));
            }
            return new Page<>(items, results.getMetadata().getBookmark(),
                    results.getMetadata().getFetchedRecordsCount());
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    /** Every committed modification of the entity, newest first (Fabric 2.x order). */
    public List<HistoryEntry<T>> history(String... keyParts) {
        List<HistoryEntry<T>> entries = new ArrayList<>();
        try (QueryResultsIterator<KeyModification> results = stub.getHistoryForKey(key(keyParts))) {
            for (KeyModification modification : results) {
                T value = modification.isDeleted() || modification.getValue() == null
                        || modification.getValue().length == 0 ? null
                        : CanonicalJson.fromBytes(modification.getValue(), type);
                entries.add(new HistoryEntry<>(modification.getTxId(), modification.getTimestamp().toString(),
                        modification.isDeleted(), value));
            }
            return entries;
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    static RuntimeException rethrow(Exception e) {
        return e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
    }
}
