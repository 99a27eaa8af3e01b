package io.tradechain.chaincode.common;

import java.util.HexFormat;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Typed entities in a private data collection. Only member organisations' peers hold the values; every peer holds
 * their SHA-256 hashes, so existence checks and counterparty verification work everywhere.
 */
public final class PrivateEntityStore<T> {
    private final ChaincodeStub stub;
    private final String collection;
    private final String objectType;
    private final Class<T> type;

    public PrivateEntityStore(ChaincodeStub stub, String collection, String objectType, Class<T> type) {
        this.stub = stub;
        this.collection = collection;
        this.objectType = objectType;
        this.type = type;
    }

    private String key(String... keyParts) {
        return stub.createCompositeKey(objectType, keyParts).toString();
    }

    public Optional<T> find(String... keyParts) {
        byte[] bytes = stub.getPrivateData(collection, key(keyParts));
        return bytes == null || bytes.length == 0 ? Optional.empty()
                : Optional.of(CanonicalJson.fromBytes(bytes, type));
    }

    public T get(String... keyParts) {
        return find(keyParts).orElseThrow(() -> BusinessException.of(CommonErrorCode.NOT_FOUND,
                objectType + " " + String.join("/", keyParts) + " not found in " + collection,
                "objectType", objectType));
    }

    /** By hash: answers on peers outside the collection too. */
    public boolean exists(String... keyParts) {
        return hashHex(keyParts).isPresent();
    }

    public void insert(T value, String... keyParts) {
        if (exists(keyParts)) {
            throw BusinessException.of(CommonErrorCode.ALREADY_EXISTS,
                    objectType + " " + String.join("/", keyParts) + " already exists", "objectType", objectType);
        }
        put(value, keyParts);
    }

    public void put(T value, String... keyParts) {
        stub.putPrivateData(collection, key(keyParts), CanonicalJson.toBytes(value));
    }

    public void delete(String... keyParts) {
        stub.delPrivateData(collection, key(keyParts));
    }

    /** The committed value's SHA-256 in lowercase hex, if there is one. */
    public Optional<String> hashHex(String... keyParts) {
        byte[] hash = stub.getPrivateDataHash(collection, key(keyParts));
        return hash == null || hash.length == 0 ? Optional.empty() : Optional.of(HexFormat.of().formatHex(hash));
    }
}
