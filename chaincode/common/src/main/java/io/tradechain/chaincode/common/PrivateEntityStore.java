package io.tradechain.chaincode.common;

import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Typed entities in a private data collection, stored as {@link CanonicalJson} under composite keys
 * {@code objectType + key parts}.
 *
 * <p>Only the peers of member organisations hold the values; every peer holds their SHA-256 hashes.
 * So {@link #exists} and {@link #hashHex} work on any peer (a counterparty verifies a value it was
 * sent off-chain by comparing hashes), while {@link #find} and {@link #get} need a member peer.
 * Values arrive in the transient map ({@link Args#transientValue}), never as arguments, and
 * transactions that submit must not return them.
 *
 * @param <T> the entity type
 */
public final class PrivateEntityStore<T> {
    private final ChaincodeStub stub;
    private final String collection;
    private final String objectType;
    private final Class<T> type;

    /**
     * @param stub the current transaction's stub
     * @param collection the collection's name as in collections_config.json
     * @param objectType the first part of every key of this store
     * @param type the entity type
     */
    public PrivateEntityStore(
            ChaincodeStub stub, String collection, String objectType, Class<T> type) {
        this.stub = Objects.requireNonNull(stub, "stub");
        this.collection = Objects.requireNonNull(collection, "collection");
        this.objectType = LedgerKeys.objectType(objectType);
        this.type = Objects.requireNonNull(type, "type");
    }

    /** The committed private value under the key, if any (member peers only). */
    public Optional<T> find(String... keyParts) {
        byte[] bytes = stub.getPrivateData(collection, key(keyParts));
        return bytes == null || bytes.length == 0
                ? Optional.empty()
                : Optional.of(CanonicalJson.fromBytes(bytes, type));
    }

    /**
     * The committed private value under the key (member peers only).
     *
     * @throws BusinessException {@code NOT_FOUND} naming the object type, the key and the
     *     collection
     */
    public T get(String... keyParts) {
        return find(keyParts)
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        CommonErrorCode.NOT_FOUND,
                                        objectType
                                                + " "
                                                + LedgerKeys.display(keyParts)
                                                + " does not exist in collection "
                                                + collection,
                                        "objectType",
                                        objectType,
                                        "key",
                                        LedgerKeys.display(keyParts),
                                        "collection",
                                        collection));
    }

    /**
     * True if a value is committed under the key; decided by its hash, so it works on non-member
     * peers too.
     */
    public boolean exists(String... keyParts) {
        return hashHex(keyParts).isPresent();
    }

    /**
     * Writes a new private value.
     *
     * @throws BusinessException {@code ALREADY_EXISTS} if a value is committed under the key
     *     (checked by hash)
     */
    public void insert(T value, String... keyParts) {
        if (exists(keyParts)) {
            throw BusinessException.of(
                    CommonErrorCode.ALREADY_EXISTS,
                    objectType
                            + " "
                            + LedgerKeys.display(keyParts)
                            + " already exists in collection "
                            + collection,
                    "objectType",
                    objectType,
                    "key",
                    LedgerKeys.display(keyParts),
                    "collection",
                    collection);
        }
        put(value, keyParts);
    }

    /** Writes the private value, creating or replacing it. */
    public void put(T value, String... keyParts) {
        stub.putPrivateData(
                collection,
                key(keyParts),
                CanonicalJson.toBytes(Objects.requireNonNull(value, "value")));
    }

    /** Deletes the private value (and, on commit, its hash). */
    public void delete(String... keyParts) {
        stub.delPrivateData(collection, key(keyParts));
    }

    /**
     * The SHA-256 of the committed value in lowercase hex, as {@code getPrivateDataHash} gives it
     * to every peer. It equals {@code Hashes.sha256Hex(CanonicalJson.toBytes(value))}.
     */
    public Optional<String> hashHex(String... keyParts) {
        byte[] hash = stub.getPrivateDataHash(collection, key(keyParts));
        return hash == null || hash.length == 0
                ? Optional.empty()
                : Optional.of(HexFormat.of().formatHex(hash));
    }

    private String key(String... keyParts) {
        return LedgerKeys.entityKey(stub, objectType, keyParts);
    }
}
