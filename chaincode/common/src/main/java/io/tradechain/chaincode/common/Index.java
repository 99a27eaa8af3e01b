package io.tradechain.chaincode.common;

import java.util.List;
import java.util.Objects;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyValue;

/**
 * A secondary index kept as composite keys {@code name + attributes}, e.g. {@code invoice~buyer} +
 * {@code (buyerCode, invoiceId)}. By convention the last attribute is the indexed entity's id,
 * which {@link #page} and {@link #firstN} return.
 *
 * <p>The value of every entry is the single byte {@code 0x00}: Fabric treats an empty value as a
 * delete, so an entry needs some content. Keep index names distinct from entity object types.
 */
public final class Index {
    private static final byte[] PRESENT = {0};

    private final ChaincodeStub stub;
    private final String name;

    /**
     * @param stub the current transaction's stub
     * @param name the index name, the first part of its keys
     */
    public Index(ChaincodeStub stub, String name) {
        this.stub = Objects.requireNonNull(stub, "stub");
        this.name = LedgerKeys.objectType(name);
    }

    /** Adds the entry; the last attribute should be the entity id. */
    public void add(String... attributes) {
        stub.putState(LedgerKeys.indexKey(stub, name, attributes), PRESENT.clone());
    }

    /** Removes the entry (call it with the old attributes when an indexed value changes). */
    public void remove(String... attributes) {
        stub.delState(LedgerKeys.indexKey(stub, name, attributes));
    }

    /**
     * One page of ids (the last attribute of each entry) under the leading attributes, in key
     * order. Uses the paginated partial-key query, which Fabric allows in read-only (evaluate)
     * transactions only.
     */
    public Page<String> page(PageRequest page, String... leadingAttributes) {
        return PartialKeyQuery.page(
                stub,
                LedgerKeys.prefix(name, leadingAttributes),
                Objects.requireNonNull(page, "page"),
                this::lastAttribute);
    }

    /**
     * The first {@code limit} ids under the leading attributes, in key order, without pagination:
     * usable in a transaction that writes (e.g. to check that no open item exists). Its reads join
     * the read set, so a concurrent change under the prefix invalidates the transaction (phantom
     * read).
     *
     * @param limit at least 1
     */
    public List<String> firstN(int limit, String... leadingAttributes) {
        return PartialKeyQuery.firstN(
                stub, LedgerKeys.prefix(name, leadingAttributes), limit, this::lastAttribute);
    }

    private String lastAttribute(KeyValue entry) {
        List<String> attributes = stub.splitCompositeKey(entry.getKey()).getAttributes();
        return attributes.get(attributes.size() - 1);
    }
}
