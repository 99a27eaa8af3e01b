package io.tradechain.chaincode.common;

import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * A secondary index as composite keys {@code name + attributes}, the last attribute being the indexed entity's id.
 * The value is one 0x00 byte: Fabric treats an empty value as a delete.
 */
public final class Index {
    private static final byte[] PRESENT = {0};

    private final ChaincodeStub stub;
    private final String name;

    public Index(ChaincodeStub stub, String name) {
        this.stub = stub;
        this.name = name;
    }

    public void add(String... attributes) {
        stub.putState(stub.createCompositeKey(name, attributes).toString(), PRESENT);
    }

    public void remove(String... attributes) {
        stub.delState(stub.createCompositeKey(name, attributes).toString());
    }

    /** A page of ids (last attributes) under the leading attributes. Read-only transactions only (Fabric rule). */
    public Page<String> page(PageRequest page, String... leadingAttributes) {
        List<String> ids = new ArrayList<>();
        try (QueryResultsIteratorWithMetadata<KeyValue> results = stub.getStateByPartialCompositeKeyWithPagination(
                new CompositeKey(name, leadingAttributes), page.pageSize(), page.bookmark())) {
            for (KeyValue kv : results) {
                ids.add(lastAttribute(kv.getKey()));
            }
            return new Page<>(ids, results.getMetadata().getBookmark(),
                    results.getMetadata().getFetchedRecordsCount());
        } catch (Exception e) {
            throw EntityStore.rethrow(e);
        }
    }

    /** Up to {@code limit} ids without pagination: allowed in transactions that write. */
    public List<String> firstN(int limit, String... leadingAttributes) {
        List<String> ids = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> results = stub.getStateByPartialCompositeKey(
                new CompositeKey(name, leadingAttributes))) {
            for (KeyValue kv : results) {
                if (ids.size() >= limit) {
                    break;
                }
                ids.add(lastAttribute(kv.getKey()));
            }
            return ids;
        } catch (Exception e) {
            throw EntityStore.rethrow(e);
        }
    }

    private String lastAttribute(String compositeKey) {
        List<String> attributes = stub.splitCompositeKey(compositeKey).getAttributes();
        return attributes.get(attributes.size() - 1);
    }
}
