package io.tradechain.testkit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.shim.Chaincode.Response;

/**
 * A Fabric channel in memory: chaincodes deployed by name, proposals simulated against committed state, blocks
 * committed in order with MVCC and phantom validation, events, history and audit queries.
 *
 * <p>Simulations run concurrently under a read lock, so each sees one consistent committed state; a commit takes the
 * write lock, validates the block's transactions in order (a transaction invalidated by an earlier one of the same
 * block is caught) and applies only the valid ones.
 *
 * <p>Not modelled: endorsement policy evaluation (every proposal is endorsed by the organisations it names), gossip,
 * block-to-live purging, ordering-service batching (each {@link #commit} call is one block).
 */
public final class InMemoryLedger {
    private final String channel;
    private final Clock clock;
    private final WorldState state = new WorldState();
    private final Map<String, ChaincodeHost> chaincodes = new ConcurrentHashMap<>();
    private final Map<String, Msp> msps = new ConcurrentHashMap<>();
    private final List<Block> blocks = new CopyOnWriteArrayList<>();
    private final Map<String, TxResult> transactions = new ConcurrentHashMap<>();
    private final List<ChaincodeEventRecord> events = new CopyOnWriteArrayList<>();
    private final List<Consumer<Block>> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final SecureRandom random = new SecureRandom();

    private InMemoryLedger(Builder builder) {
        this.channel = builder.channel;
        this.clock = builder.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static InMemoryLedger create() {
        return builder().build();
    }

    public String channel() {
        return channel;
    }

    WorldState state() {
        return state;
    }

    /** The organisation, created with its CA on first use. */
    public Msp msp(String mspId) {
        return msps.computeIfAbsent(mspId, Msp::new);
    }

    public void deploy(ChaincodeDefinition definition) {
        ChaincodeHost host = new ChaincodeHost(definition);
        if (chaincodes.putIfAbsent(definition.name(), host) != null) {
            throw new IllegalArgumentException("chaincode " + definition.name() + " is already deployed");
        }
    }

    // ---- proposals ----------------------------------------------------------------------------------------

    /** Simulates the proposal on the committed state of now. */
    public Endorsement endorse(Invocation invocation) {
        String txId = newTxId(invocation.creator());
        Instant timestamp = clock.instant();
        lock.readLock().lock();
        try {
            Simulation sim = new Simulation(this, txId, timestamp, invocation);
            List<byte[]> args = new ArrayList<>();
            args.add(invocation.function().getBytes(StandardCharsets.UTF_8));
            invocation.args().forEach(a -> args.add(a.getBytes(StandardCharsets.UTF_8)));
            Execution execution = run(sim, invocation.chaincode(), args);
            return new Endorsement(invocation, txId, timestamp, execution.response(), sim.rwset, execution.event());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Endorses and, if endorsed, commits the transaction alone in a new block. */
    public TxResult submit(Invocation invocation) {
        Endorsement endorsement = endorse(invocation);
        if (!endorsement.isSuccess()) {
            return TxResult.notOrdered(endorsement);
        }
        return commit(List.of(endorsement)).get(0);
    }

    /** Endorses only: nothing is ordered or written. */
    public TxResult evaluate(Invocation invocation) {
        return TxResult.notOrdered(endorse(invocation));
    }

    /** The chaincode's answer and its event; {@code invokeChaincode} calls run here inside the caller's simulation. */
    record Execution(Response response, ChaincodeEvent event) {
    }

    Execution run(Simulation sim, String chaincode, List<byte[]> args) {
        ChaincodeHost host = chaincodes.get(chaincode);
        if (host == null) {
            return new Execution(new Response(500, "chaincode " + chaincode + " is not deployed on channel "
                    + channel, null), null);
        }
        InMemoryChaincodeStub stub = new InMemoryChaincodeStub(sim, host.definition(), args);
        Response response = host.invoke(stub);
        return new Execution(response, stub.event());
    }

    // ---- commit -------------------------------------------------------------------------------------------

    public List<TxResult> commit(Endorsement... endorsements) {
        return commit(Arrays.asList(endorsements));
    }

    /** Orders the endorsements into one block, validates them in order and applies the valid ones. */
    public List<TxResult> commit(List<Endorsement> endorsements) {
        for (Endorsement e : endorsements) {
            if (!e.isSuccess()) {
                throw new IllegalArgumentException("transaction " + e.txId() + " failed endorsement (" + e.status()
                        + " " + e.message() + "); a client never sends it to ordering");
            }
        }
        Block block;
        lock.writeLock().lock();
        try {
            long number = blocks.size();
            List<TxResult> results = new ArrayList<>();
            for (int i = 0; i < endorsements.size(); i++) {
                Endorsement e = endorsements.get(i);
                ValidationCode code = validate(e.rwset());
                ChaincodeEventRecord event = null;
                if (code == ValidationCode.VALID) {
                    apply(e, new Version(number, i));
                    if (e.event() != null) {
                        event = new ChaincodeEventRecord(number, e.txId(), e.event().getChaincodeId(),
                                e.event().getEventName(), e.event().getPayload().toByteArray());
                        events.add(event);
                    }
                }
                TxResult result = new TxResult(e.txId(), e.status(), e.message(), e.payload(), code, number, event);
                results.add(result);
                transactions.put(e.txId(), result);
            }
            String previous = blocks.isEmpty() ? "" : blocks.get(blocks.size() - 1).hash();
            String dataHash = dataHash(endorsements, results);
            String hash = sha256Hex((number + "|" + previous + "|" + dataHash).getBytes(StandardCharsets.UTF_8));
            block = new Block(number, previous, dataHash, hash, results);
            blocks.add(block);
        } finally {
            lock.writeLock().unlock();
        }
        for (Consumer<Block> listener : listeners) {
            listener.accept(block);
        }
        return block.transactions();
    }

    private ValidationCode validate(ReadWriteSet rwset) {
        for (Map.Entry<ReadWriteSet.Key, Version> read : rwset.reads.entrySet()) {
            ReadWriteSet.Key key = read.getKey();
            WorldState.Entry now = key.collection() == null ? state.get(key.ns(), key.key())
                    : state.getPrivate(key.ns(), key.collection(), key.key());
            if (!Objects.equals(now == null ? null : now.version(), read.getValue())) {
                return ValidationCode.MVCC_READ_CONFLICT;
            }
        }
        for (ReadWriteSet.RangeRead range : rwset.rangeReads) {
            if (!rangeUnchanged(range)) {
                return ValidationCode.PHANTOM_READ_CONFLICT;
            }
        }
        return ValidationCode.VALID;
    }

    /** Re-runs the range up to where the chaincode stopped reading and compares keys and versions. */
    private boolean rangeUnchanged(ReadWriteSet.RangeRead range) {
        var ns = state.namespace(range.ns);
        var slice = range.end.isEmpty() ? ns.tailMap(range.start, true) : ns.subMap(range.start, true, range.end, false);
        if (!range.exhausted) {
            if (range.keys.isEmpty()) {
                return true;
            }
            slice = slice.headMap(range.keys.get(range.keys.size() - 1), true);
        }
        if (slice.size() != range.keys.size()) {
            return false;
        }
        int i = 0;
        for (var entry : slice.entrySet()) {
            if (!entry.getKey().equals(range.keys.get(i)) || !entry.getValue().version().equals(range.versions.get(i))) {
                return false;
            }
            i++;
        }
        return true;
    }

    private void apply(Endorsement e, Version version) {
        for (Map.Entry<ReadWriteSet.Key, byte[]> write : e.rwset().writes.entrySet()) {
            ReadWriteSet.Key key = write.getKey();
            if (key.collection() == null) {
                state.put(key.ns(), key.key(), write.getValue(), version, e.txId(), e.timestamp());
            } else {
                state.putPrivate(key.ns(), key.collection(), key.key(), write.getValue(), version);
            }
        }
        for (Map.Entry<ReadWriteSet.Key, byte[]> write : e.rwset().validationParameterWrites.entrySet()) {
            ReadWriteSet.Key key = write.getKey();
            String scope = key.collection() == null ? key.ns() : key.ns() + "$$" + key.collection();
            state.setValidationParameter(scope, key.key(), write.getValue());
        }
    }

    // ---- audit --------------------------------------------------------------------------------------------

    public long height() {
        return blocks.size();
    }

    public Block block(long number) {
        if (number < 0 || number >= blocks.size()) {
            throw new IllegalArgumentException("no block " + number + "; height is " + blocks.size());
        }
        return blocks.get((int) number);
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    public Optional<TxResult> transaction(String txId) {
        return Optional.ofNullable(transactions.get(txId));
    }

    public Optional<byte[]> committedState(String chaincode, String key) {
        WorldState.Entry entry = state.get(chaincode, key);
        return entry == null ? Optional.empty() : Optional.of(entry.value().clone());
    }

    public Optional<byte[]> committedPrivateData(String chaincode, String collection, String key) {
        WorldState.Entry entry = state.getPrivate(chaincode, collection, key);
        return entry == null ? Optional.empty() : Optional.of(entry.value().clone());
    }

    public List<ChaincodeEventRecord> events() {
        return List.copyOf(events);
    }

    /** Called after each block is applied, in block order. */
    public void addCommitListener(Consumer<Block> listener) {
        listeners.add(listener);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private String newTxId(Identity creator) {
        byte[] nonce = new byte[24];
        random.nextBytes(nonce);
        byte[] creatorBytes = creator.serialized();
        return sha256Hex(ByteBuffer.allocate(nonce.length + creatorBytes.length).put(nonce).put(creatorBytes)
                .array());
    }

    private static String dataHash(List<Endorsement> endorsements, List<TxResult> results) {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < endorsements.size(); i++) {
            Endorsement e = endorsements.get(i);
            data.append(e.txId()).append('|').append(results.get(i).validationCode()).append('|')
                    .append(e.invocation().chaincode()).append('|').append(e.invocation().function()).append('|')
                    .append(sha256Hex(String.join("\u0000", e.invocation().args()).getBytes(StandardCharsets.UTF_8)))
                    .append('\n');
        }
        return sha256Hex(data.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(InMemoryChaincodeStub.sha256(data));
    }

    /** Builds an {@link InMemoryLedger}. */
    public static final class Builder {
        private String channel = "tradechain";
        private Clock clock = Clock.systemUTC();

        public Builder channel(String name) {
            this.channel = name;
            return this;
        }

        public Builder clock(Clock source) {
            this.clock = source;
            return this;
        }

        public InMemoryLedger build() {
            return new InMemoryLedger(this);
        }
    }
}
