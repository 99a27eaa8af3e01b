package io.tradechain.ledger;

import com.google.protobuf.ByteString;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.ChaincodeInput;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeSpec;
import org.hyperledger.fabric.protos.peer.Proposal;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.shim.Chaincode.Response;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * A {@link ChaincodeStub} for one chaincode namespace within one simulated transaction, behaving as
 * a Fabric 2.5 peer's: reads return committed state (never the transaction's own writes) and are
 * recorded with their versions; writes are buffered; paginated and private-data range queries only
 * in read-only transactions; private data readable only where the collection's membership allows;
 * rich queries refused (LevelDB).
 */
final class InMemoryChaincodeStub implements ChaincodeStub {
    /**
     * Fabric substitutes this for an empty start key so that a range never includes composite keys.
     */
    static final String EMPTY_KEY_SUBSTITUTE = "\u0001";

    /** End of a partial composite key range: the largest code point (utf8.MaxRune in Fabric). */
    static final String MAX_UNICODE_RUNE = new String(Character.toChars(Character.MAX_CODE_POINT));

    private final Simulation sim;
    private final ChaincodeDefinition definition;
    private final List<byte[]> args;
    private ChaincodeEvent event;

    InMemoryChaincodeStub(Simulation sim, ChaincodeDefinition definition, List<byte[]> args) {
        this.sim = sim;
        this.definition = definition;
        this.args = List.copyOf(args);
    }

    ChaincodeEvent event() {
        return event;
    }

    // ---- arguments and header
    // --------------------------------------------------------------------------

    @Override
    public List<byte[]> getArgs() {
        return args.stream().map(byte[]::clone).toList();
    }

    @Override
    public List<String> getStringArgs() {
        return args.stream().map(a -> new String(a, StandardCharsets.UTF_8)).toList();
    }

    @Override
    public String getFunction() {
        return args.isEmpty() ? null : getStringArgs().get(0);
    }

    @Override
    public List<String> getParameters() {
        List<String> all = getStringArgs();
        return all.isEmpty() ? List.of() : all.subList(1, all.size());
    }

    @Override
    public String getTxId() {
        return sim.txId;
    }

    @Override
    public String getChannelId() {
        return sim.ledger.channel();
    }

    @Override
    public Instant getTxTimestamp() {
        return sim.timestamp;
    }

    @Override
    public byte[] getCreator() {
        return sim.creator.serialized();
    }

    @Override
    public Map<String, byte[]> getTransient() {
        return Collections.unmodifiableMap(sim.transientData);
    }

    /**
     * A proposal shaped as a peer receives it: the creator in its header and, in its payload, the
     * chaincode the client invoked with the client's arguments (the same for every chaincode the
     * transaction calls). It is not signed: the in-memory ledger trusts its callers.
     */
    @Override
    public SignedProposal getSignedProposal() {
        ChaincodeInput.Builder input = ChaincodeInput.newBuilder();
        sim.entryArgs.forEach(a -> input.addArgs(ByteString.copyFromUtf8(a)));
        ChaincodeInvocationSpec spec =
                ChaincodeInvocationSpec.newBuilder()
                        .setChaincodeSpec(
                                ChaincodeSpec.newBuilder()
                                        .setType(ChaincodeSpec.Type.JAVA)
                                        .setChaincodeId(
                                                ChaincodeID.newBuilder()
                                                        .setName(sim.entryChaincode))
                                        .setInput(input))
                        .build();
        ChaincodeProposalPayload payload =
                ChaincodeProposalPayload.newBuilder().setInput(spec.toByteString()).build();
        SignatureHeader header =
                SignatureHeader.newBuilder()
                        .setCreator(ByteString.copyFrom(sim.creator.serialized()))
                        .build();
        Proposal proposal =
                Proposal.newBuilder()
                        .setHeader(
                                Header.newBuilder()
                                        .setSignatureHeader(header.toByteString())
                                        .build()
                                        .toByteString())
                        .setPayload(payload.toByteString())
                        .build();
        return SignedProposal.newBuilder().setProposalBytes(proposal.toByteString()).build();
    }

    @Override
    public byte[] getBinding() {
        return sha256((sim.txId + "/" + sim.creator.mspId()).getBytes(StandardCharsets.UTF_8));
    }

    /** The local MSP of the peer running the chaincode: the first endorsing organisation. */
    @Override
    public String getMspId() {
        return sim.endorsingOrganizations.iterator().next();
    }

    // ---- public state
    // -------------------------------------------------------------------------------------

    @Override
    public byte[] getState(String key) {
        validateKey(key);
        WorldState.Entry entry = sim.ledger.state().get(definition.name(), key);
        sim.rwset.recordRead(
                new ReadWriteSet.Key(definition.name(), null, key),
                entry == null ? null : entry.version());
        return entry == null ? null : entry.value().clone();
    }

    @Override
    public void putState(String key, byte[] value) {
        validateKey(key);
        sim.rwset.write(
                new ReadWriteSet.Key(definition.name(), null, key),
                value == null || value.length == 0 ? null : value.clone());
    }

    @Override
    public void delState(String key) {
        validateKey(key);
        sim.rwset.write(new ReadWriteSet.Key(definition.name(), null, key), null);
    }

    @Override
    public byte[] getStateValidationParameter(String key) {
        validateKey(key);
        byte[] value = sim.ledger.state().validationParameter(definition.name(), key);
        return value == null ? null : value.clone();
    }

    @Override
    public void setStateValidationParameter(String key, byte[] value) {
        validateKey(key);
        sim.rwset.validationParameterWrites.put(
                new ReadWriteSet.Key(definition.name(), null, key), value.clone());
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByRange(String startKey, String endKey) {
        String start = startKey == null || startKey.isEmpty() ? EMPTY_KEY_SUBSTITUTE : startKey;
        validateSimpleKey(start);
        if (endKey != null && !endKey.isEmpty()) {
            validateSimpleKey(endKey);
        }
        return range(start, endKey == null ? "" : endKey);
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByRangeWithPagination(
            String startKey, String endKey, int pageSize, String bookmark) {
        String start = startKey == null || startKey.isEmpty() ? EMPTY_KEY_SUBSTITUTE : startKey;
        validateSimpleKey(start);
        return page(start, endKey == null ? "" : endKey, pageSize, bookmark);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String compositeKey) {
        String prefix =
                compositeKey == null || compositeKey.isEmpty()
                        ? CompositeKey.NAMESPACE
                        : compositeKey.startsWith(CompositeKey.NAMESPACE)
                                ? compositeKey
                                : new CompositeKey(compositeKey).toString();
        return range(prefix, prefix + MAX_UNICODE_RUNE);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(
            String objectType, String... attributes) {
        return getStateByPartialCompositeKey(new CompositeKey(objectType, attributes));
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(CompositeKey compositeKey) {
        String prefix = compositeKey.toString();
        return range(prefix, prefix + MAX_UNICODE_RUNE);
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByPartialCompositeKeyWithPagination(
            CompositeKey compositeKey, int pageSize, String bookmark) {
        String prefix = compositeKey.toString();
        return page(prefix, prefix + MAX_UNICODE_RUNE, pageSize, bookmark);
    }

    /**
     * A range read, iterated lazily as Fabric does: a caller that stops after a few entries (a
     * page, a first-N check) costs only what it read, however many keys the range holds. Every key
     * handed out is recorded with its version for phantom detection at commit; reaching the end is
     * recorded too.
     */
    private QueryResultsIterator<KeyValue> range(String start, String end) {
        ReadWriteSet.RangeRead record = new ReadWriteSet.RangeRead(definition.name(), start, end);
        sim.rwset.rangeReads.add(record);
        NavigableMap<String, WorldState.Entry> slice = slice(start, end);
        return QueryResults.lazy(
                () -> {
                    java.util.Iterator<Map.Entry<String, WorldState.Entry>> entries =
                            slice.entrySet().iterator();
                    return new java.util.Iterator<KeyValue>() {
                        @Override
                        public boolean hasNext() {
                            boolean more = entries.hasNext();
                            if (!more) {
                                record.exhausted = true;
                            }
                            return more;
                        }

                        @Override
                        public KeyValue next() {
                            Map.Entry<String, WorldState.Entry> e = entries.next();
                            record.keys.add(e.getKey());
                            record.versions.add(e.getValue().version());
                            return new QueryResults.Kv(e.getKey(), e.getValue().value().clone());
                        }
                    };
                });
    }

    /**
     * A page of the range [start, end) ({@code end} empty: unbounded). A Fabric peer substitutes a
     * non-empty bookmark for the start key and keeps the end key: a bookmark at or past the end
     * reads nothing, but one below the start would read from there, outside the range the chaincode
     * asked for (keys of other prefixes and object types). This stub is stricter on that side: a
     * bookmark that is not a key within [start, end) yields an empty page, never keys outside the
     * range. Chaincode must not rely on either; it must never pass a client's text on as a bookmark
     * (tradechain checks its cursors, see {@code PageCursor}).
     */
    private QueryResultsIteratorWithMetadata<KeyValue> page(
            String start, String end, int pageSize, String bookmark) {
        sim.rwset.beforePaginatedQuery();
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        String from = bookmark == null || bookmark.isEmpty() ? start : bookmark;
        if (!withinRange(from, start, end)) {
            return QueryResults.withMetadata(List.of(), "");
        }
        List<KeyValue> items = new ArrayList<>();
        String next = "";
        for (Map.Entry<String, WorldState.Entry> e : slice(from, end).entrySet()) {
            if (items.size() == pageSize) {
                next = e.getKey();
                break;
            }
            items.add(new QueryResults.Kv(e.getKey(), e.getValue().value().clone()));
        }
        return QueryResults.withMetadata(items, next);
    }

    /**
     * True if the key is well-formed text and lies in [start, end) in LevelDB's order ({@code end}
     * empty: no bound).
     */
    static boolean withinRange(String key, String start, String end) {
        if (!isWellFormed(key) || KeyOrder.CODE_POINTS.compare(key, start) < 0) {
            return false;
        }
        return end.isEmpty() || KeyOrder.CODE_POINTS.compare(key, end) < 0;
    }

    NavigableMap<String, WorldState.Entry> slice(String start, String end) {
        NavigableMap<String, WorldState.Entry> ns = sim.ledger.state().namespace(definition.name());
        return end.isEmpty() ? ns.tailMap(start, true) : ns.subMap(start, true, end, false);
    }

    @Override
    public QueryResultsIterator<KeyValue> getQueryResult(String query) {
        throw richQueriesUnsupported();
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getQueryResultWithPagination(
            String query, int pageSize, String bookmark) {
        throw richQueriesUnsupported();
    }

    @Override
    public QueryResultsIterator<KeyModification> getHistoryForKey(String key) {
        validateKey(key);
        List<KeyModification> list = new ArrayList<>();
        for (WorldState.Modification m : sim.ledger.state().history(definition.name(), key)) {
            list.add(
                    new QueryResults.Modification(
                            m.txId(),
                            m.value() == null ? null : m.value().clone(),
                            m.timestamp(),
                            m.deleted()));
        }
        Collections.reverse(list); // Fabric 2.x: newest first
        return QueryResults.of(list, m -> {}, () -> {});
    }

    // ---- private data
    // -------------------------------------------------------------------------------------

    @Override
    public byte[] getPrivateData(String collection, String key) {
        CollectionConfig config = collection(collection);
        validateKey(key);
        requireReadAccess(config);
        WorldState.Entry entry = sim.ledger.state().getPrivate(definition.name(), collection, key);
        sim.rwset.recordRead(
                new ReadWriteSet.Key(definition.name(), collection, key),
                entry == null ? null : entry.version());
        return entry == null ? null : entry.value().clone();
    }

    @Override
    public byte[] getPrivateDataHash(String collection, String key) {
        collection(collection);
        validateKey(key);
        WorldState.Entry entry = sim.ledger.state().getPrivate(definition.name(), collection, key);
        sim.rwset.recordRead(
                new ReadWriteSet.Key(definition.name(), collection, key),
                entry == null ? null : entry.version());
        return entry == null ? null : sha256(entry.value());
    }

    @Override
    public void putPrivateData(String collection, String key, byte[] value) {
        CollectionConfig config = collection(collection);
        validateKey(key);
        requireWriteAccess(config);
        if (value == null || value.length == 0) {
            throw new IllegalArgumentException(
                    "value of private data key " + key + " is empty; use delPrivateData");
        }
        sim.rwset.write(new ReadWriteSet.Key(definition.name(), collection, key), value.clone());
    }

    @Override
    public void delPrivateData(String collection, String key) {
        CollectionConfig config = collection(collection);
        validateKey(key);
        requireWriteAccess(config);
        sim.rwset.write(new ReadWriteSet.Key(definition.name(), collection, key), null);
    }

    /**
     * Purge deletes the value and, Fabric keeping no private history, leaves nothing behind either.
     */
    @Override
    public void purgePrivateData(String collection, String key) {
        delPrivateData(collection, key);
    }

    @Override
    public byte[] getPrivateDataValidationParameter(String collection, String key) {
        collection(collection);
        byte[] value =
                sim.ledger.state().validationParameter(definition.name() + "$$" + collection, key);
        return value == null ? null : value.clone();
    }

    @Override
    public void setPrivateDataValidationParameter(String collection, String key, byte[] value) {
        collection(collection);
        validateKey(key);
        sim.rwset.validationParameterWrites.put(
                new ReadWriteSet.Key(definition.name(), collection, key), value.clone());
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByRange(
            String collection, String startKey, String endKey) {
        String start = startKey == null || startKey.isEmpty() ? EMPTY_KEY_SUBSTITUTE : startKey;
        return privateRange(collection, start, endKey == null ? "" : endKey);
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(
            String collection, String compositeKey) {
        String prefix =
                compositeKey == null || compositeKey.isEmpty()
                        ? CompositeKey.NAMESPACE
                        : compositeKey.startsWith(CompositeKey.NAMESPACE)
                                ? compositeKey
                                : new CompositeKey(compositeKey).toString();
        return privateRange(collection, prefix, prefix + MAX_UNICODE_RUNE);
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(
            String collection, CompositeKey compositeKey) {
        String prefix = compositeKey.toString();
        return privateRange(collection, prefix, prefix + MAX_UNICODE_RUNE);
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(
            String collection, String objectType, String... attributes) {
        return getPrivateDataByPartialCompositeKey(
                collection, new CompositeKey(objectType, attributes));
    }

    private QueryResultsIterator<KeyValue> privateRange(
            String collection, String start, String end) {
        CollectionConfig config = collection(collection);
        requireReadAccess(config);
        sim.rwset.beforePrivateQuery();
        NavigableMap<String, WorldState.Entry> map =
                sim.ledger.state().collection(definition.name(), collection);
        NavigableMap<String, WorldState.Entry> slice =
                end.isEmpty() ? map.tailMap(start, true) : map.subMap(start, true, end, false);
        List<KeyValue> items = new ArrayList<>();
        slice.forEach((k, v) -> items.add(new QueryResults.Kv(k, v.value().clone())));
        return QueryResults.of(items, kv -> {}, () -> {});
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataQueryResult(
            String collection, String query) {
        throw richQueriesUnsupported();
    }

    private CollectionConfig collection(String name) {
        CollectionConfig config = definition.collections().get(name);
        if (config == null) {
            throw new IllegalArgumentException(
                    "collection " + name + " is not defined for chaincode " + definition.name());
        }
        return config;
    }

    private void requireReadAccess(CollectionConfig config) {
        for (String org : sim.endorsingOrganizations) {
            if (!config.isMember(org)) {
                throw new IllegalStateException(
                        "the peer of "
                                + org
                                + " is not a member of collection "
                                + config.name()
                                + " and holds no private data: set the endorsing organisations to members");
            }
        }
        if (config.memberOnlyRead() && !config.isMember(sim.creator.mspId())) {
            throw new IllegalStateException(
                    "tx creator does not have read access permission on privatedata in "
                            + "chaincodeName:"
                            + definition.name()
                            + " collectionName: "
                            + config.name());
        }
    }

    private void requireWriteAccess(CollectionConfig config) {
        if (config.memberOnlyWrite() && !config.isMember(sim.creator.mspId())) {
            throw new IllegalStateException(
                    "tx creator does not have write access permission on privatedata in "
                            + "chaincodeName:"
                            + definition.name()
                            + " collectionName: "
                            + config.name());
        }
    }

    // ---- keys, events, chaincode-to-chaincode
    // -------------------------------------------------------------

    @Override
    public CompositeKey createCompositeKey(String objectType, String... attributes) {
        return new CompositeKey(objectType, attributes);
    }

    @Override
    public CompositeKey splitCompositeKey(String compositeKey) {
        return CompositeKey.parseCompositeKey(compositeKey);
    }

    @Override
    public void setEvent(String name, byte[] payload) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("event name can not be empty");
        }
        event =
                ChaincodeEvent.newBuilder()
                        .setEventName(name)
                        .setTxId(sim.txId)
                        .setChaincodeId(definition.name())
                        .setPayload(
                                payload == null ? ByteString.EMPTY : ByteString.copyFrom(payload))
                        .build();
    }

    @Override
    public ChaincodeEvent getEvent() {
        return event;
    }

    @Override
    public Response invokeChaincode(String chaincodeName, List<byte[]> arguments, String channel) {
        if (channel != null && !channel.isEmpty() && !channel.equals(sim.ledger.channel())) {
            throw new IllegalArgumentException(
                    "invokeChaincode on channel "
                            + channel
                            + " is not available on the in-memory ledger of channel "
                            + sim.ledger.channel());
        }
        if (!definition.mayCall(chaincodeName)) {
            // the registry (chaincode/registry.tsv) lists what each chaincode calls; the network
            // deploys in that order
            return new Response(
                    500,
                    "chaincode "
                            + definition.name()
                            + " invokes "
                            + chaincodeName
                            + ", which its registry entry does not list among its calls "
                            + definition.calls().orElseThrow(),
                    null);
        }
        return sim.ledger.run(sim, chaincodeName, arguments).response();
    }

    // ---- helpers
    // ------------------------------------------------------------------------------------------

    private static void validateKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key must not be null or empty");
        }
        if (!isWellFormed(key)) {
            throw new IllegalArgumentException("key is not valid UTF-8: " + key);
        }
    }

    private static boolean isWellFormed(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= key.length() || !Character.isLowSurrogate(key.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static void validateSimpleKey(String key) {
        validateKey(key);
        if (key.startsWith(CompositeKey.NAMESPACE)) {
            throw new IllegalArgumentException(
                    "key "
                            + key.replace('\u0000', '#')
                            + " starts with U+0000, reserved for composite keys; use createCompositeKey");
        }
    }

    private static UnsupportedOperationException richQueriesUnsupported() {
        return new UnsupportedOperationException(
                "rich (CouchDB) queries are not supported: tradechain runs on "
                        + "LevelDB; use composite-key indexes");
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
