package io.tradechain.chaincode.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/**
 * Typed entities in the public world state, stored as {@link CanonicalJson} under composite keys
 * {@code objectType + key parts} (e.g. {@code invoice} + {@code INV-1}).
 *
 * <p>Reads see committed state only: on Fabric a transaction never reads its own writes, so {@link
 * #insert} twice with the same key in one transaction does not fail; the second write simply wins.
 * Create one store per transaction (it holds the transaction's stub).
 *
 * @param <T> the entity type: a record or a class with fields, readable by {@link CanonicalJson}
 */
public final class EntityStore<T> {
    private final ChaincodeStub stub;
    private final String objectType;
    private final Class<T> type;

    /**
     * @param stub the current transaction's stub
     * @param objectType the first part of every key of this store, e.g. {@code invoice}
     * @param type the entity type
     */
    public EntityStore(ChaincodeStub stub, String objectType, Class<T> type) {
        this.stub = Objects.requireNonNull(stub, "stub");
        this.objectType = LedgerKeys.objectType(objectType);
        this.type = Objects.requireNonNull(type, "type");
    }

    /** The committed entity under the key, if any. */
    public Optional<T> find(String... keyParts) {
        byte[] bytes = stub.getState(key(keyParts));
        return isAbsent(bytes)
                ? Optional.empty()
                : Optional.of(CanonicalJson.fromBytes(bytes, type));
    }

    /**
     * The committed entity under the key.
     *
     * @throws BusinessException {@code NOT_FOUND} naming the object type and the key
     */
    public T get(String... keyParts) {
        return find(keyParts).orElseThrow(() -> notFound(keyParts));
    }

    /** True if committed state holds an entity under the key. */
    public boolean exists(String... keyParts) {
        return !isAbsent(stub.getState(key(keyParts)));
    }

    /**
     * Writes a new entity.
     *
     * @throws BusinessException {@code ALREADY_EXISTS} if committed state already holds one under
     *     the key
     */
    public void insert(T value, String... keyParts) {
        if (exists(keyParts)) {
            throw BusinessException.of(
                    CommonErrorCode.ALREADY_EXISTS,
                    objectType + " " + LedgerKeys.display(keyParts) + " already exists",
                    "objectType",
                    objectType,
                    "key",
                    LedgerKeys.display(keyParts));
        }
        put(value, keyParts);
    }

    /** Writes the entity, creating or replacing it. */
    public void put(T value, String... keyParts) {
        stub.putState(key(keyParts), CanonicalJson.toBytes(Objects.requireNonNull(value, "value")));
    }

    /**
     * Deletes the entity; deleting an absent key is allowed (Fabric records a delete either way).
     */
    public void delete(String... keyParts) {
        stub.delState(key(keyParts));
    }

    /**
     * One page of entities in key order whose keys start with the leading parts (none: every entity
     * of the type). Uses {@code getStateByPartialCompositeKeyWithPagination}, which Fabric allows
     * in read-only (evaluate) transactions only.
     */
    public Page<T> list(PageRequest page, String... leadingKeyParts) {
        return PartialKeyQuery.page(
                stub,
                LedgerKeys.prefix(objectType, leadingKeyParts),
                Objects.requireNonNull(page, "page"),
                entry -> CanonicalJson.fromBytes(entry.getValue(), type));
    }

    /**
     * Every committed modification of the entity, newest first (Fabric 2.x order); empty if never
     * written.
     */
    public List<HistoryEntry<T>> history(String... keyParts) {
        List<HistoryEntry<T>> entries = new ArrayList<>();
        try (QueryResultsIterator<KeyModification> results = stub.getHistoryForKey(key(keyParts))) {
            for (KeyModification modification : results) {
                entries.add(toEntry(modification));
            }
            return entries;
        } catch (Exception e) {
            throw PartialKeyQuery.unchecked(e);
        }
    }

    private HistoryEntry<T> toEntry(KeyModification modification) {
        boolean deleted = modification.isDeleted() || isAbsent(modification.getValue());
        T value = deleted ? null : CanonicalJson.fromBytes(modification.getValue(), type);
        String timestamp =
                modification.getTimestamp() == null ? null : modification.getTimestamp().toString();
        return new HistoryEntry<>(modification.getTxId(), timestamp, deleted, value);
    }

    private BusinessException notFound(String... keyParts) {
        return BusinessException.of(
                CommonErrorCode.NOT_FOUND,
                objectType + " " + LedgerKeys.display(keyParts) + " does not exist",
                "objectType",
                objectType,
                "key",
                LedgerKeys.display(keyParts));
    }

    private String key(String... keyParts) {
        return LedgerKeys.entityKey(stub, objectType, keyParts);
    }

    private static boolean isAbsent(byte[] bytes) {
        return bytes == null || bytes.length == 0;
    }
}
