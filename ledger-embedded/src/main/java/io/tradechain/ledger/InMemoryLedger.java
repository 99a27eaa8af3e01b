package io.tradechain.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.shim.Chaincode.Response;

/**
 * A Fabric channel in memory: chaincodes deployed by name, proposals simulated against committed
 * state, blocks committed in order with MVCC and phantom validation, events, history and audit
 * queries.
 *
 * <p>Simulations run concurrently under a read lock, so each sees one consistent committed state; a
 * commit takes the write lock, validates the block's transactions in order (a transaction
 * invalidated by an earlier one of the same block is caught) and applies only the valid ones.
 *
 * <p>Not modelled: endorsement policy evaluation (every proposal is endorsed by the organisations
 * it names), gossip, block-to-live purging, ordering-service batching (each {@link #commit} call is
 * one block).
 */
public final class InMemoryLedger {
    private final String channel;
    private final Clock clock;
    private final WorldState state = new WorldState();
    private final Map<String, ChaincodeHost> chaincodes = new ConcurrentHashMap<>();
    private final Map<String, Msp> msps = new ConcurrentHashMap<>();

    /**
     * Append-only, read under their own monitor: a copy-on-write list would copy the whole chain
     * per block.
     */
    private final List<Block> blocks = new ArrayList<>();

    private final Map<String, TxResult> transactions = new ConcurrentHashMap<>();
    private final List<ChaincodeEventRecord> events = new ArrayList<>();
    private final List<Consumer<Block>> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    /**
     * Serialises commits: validation, the block file append and the apply happen one block at a
     * time.
     */
    private final ReentrantLock commitLock = new ReentrantLock();

    private final BlockFile blockFile;
    private final SecureRandom random = new SecureRandom();

    private InMemoryLedger(Builder builder) {
        this.channel = builder.channel;
        this.clock = builder.clock;
        this.blockFile = builder.blockFile == null ? null : BlockFile.open(builder.blockFile);
        if (blockFile != null) {
            try {
                replay(blockFile);
            } catch (RuntimeException e) {
                blockFile.close();
                throw e;
            }
        }
    }

    /**
     * Rebuilds the state from the block file: every block is checked (its hashes, its link to the
     * previous one, its private data) and its writes applied; no chaincode runs.
     */
    private void replay(BlockFile file) {
        String previous = "";
        List<byte[]> records = file.records();
        for (int i = 0; i < records.size(); i++) {
            Block block = BlockCodec.decode(records.get(i));
            if (block.number() != i) {
                throw new LedgerCorruptedException(
                        file.path()
                                + ": record "
                                + i
                                + " holds block "
                                + block.number()
                                + "; blocks are missing or out of order");
            }
            if (!block.previousHash().equals(previous)) {
                throw new LedgerCorruptedException(
                        file.path()
                                + ": block "
                                + i
                                + " does not link to block "
                                + (i - 1)
                                + " (previous hash differs); the chain was altered");
            }
            applyBlock(block);
            previous = block.hash();
        }
    }

    /** The block file, when this ledger is durable. */
    public Optional<BlockFile> blockFile() {
        return Optional.ofNullable(blockFile);
    }

    /** Closes the block file; the ledger must not be used afterwards. */
    public void close() {
        commitLock.lock();
        try {
            if (blockFile != null) {
                blockFile.close();
            }
        } finally {
            commitLock.unlock();
        }
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
            throw new IllegalArgumentException(
                    "chaincode " + definition.name() + " is already deployed");
        }
    }

    // ---- proposals
    // ----------------------------------------------------------------------------------------

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
            return new Endorsement(
                    invocation,
                    txId,
                    timestamp,
                    execution.response(),
                    sim.rwset,
                    execution.event());
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

    /**
     * The chaincode's answer and its event; {@code invokeChaincode} calls run here inside the
     * caller's simulation.
     */
    record Execution(Response response, ChaincodeEvent event) {}

    Execution run(Simulation sim, String chaincode, List<byte[]> args) {
        if (!sim.chaincodesRun.add(chaincode)) {
            // Fabric's Java shim (2.5) keys a running invocation by channel and transaction id and
            // forgets the key
            // only after answering: a second invocation of the same chaincode in one transaction
            // can lose its entry
            // and fail ("Task map missing entry") under load. The testkit refuses it every time, so
            // no code path
            // relies on it.
            return new Execution(
                    new Response(
                            500,
                            "chaincode "
                                    + chaincode
                                    + " is invoked a second time in "
                                    + "transaction "
                                    + sim.txId
                                    + " (already: "
                                    + sim.chaincodesRun
                                    + "); a transaction may run each "
                                    + "chaincode once",
                            null),
                    null);
        }
        ChaincodeHost host = chaincodes.get(chaincode);
        if (host == null) {
            return new Execution(
                    new Response(
                            500,
                            "chaincode " + chaincode + " is not deployed on channel " + channel,
                            null),
                    null);
        }
        InMemoryChaincodeStub stub = new InMemoryChaincodeStub(sim, host.definition(), args);
        Response response = host.invoke(stub);
        return new Execution(response, stub.event());
    }

    // ---- commit
    // -------------------------------------------------------------------------------------------

    public List<TxResult> commit(Endorsement... endorsements) {
        return commit(Arrays.asList(endorsements));
    }

    /**
     * Orders the endorsements into one block, validates them in order, makes the block durable when
     * the ledger has a block file, and only then applies the valid transactions to the state.
     *
     * @throws java.io.UncheckedIOException when the block cannot be written; nothing is then
     *     applied
     */
    public List<TxResult> commit(List<Endorsement> endorsements) {
        for (Endorsement e : endorsements) {
            if (!e.isSuccess()) {
                throw new IllegalArgumentException(
                        "transaction "
                                + e.txId()
                                + " failed endorsement ("
                                + e.status()
                                + " "
                                + e.message()
                                + "); a client never sends it to ordering");
            }
        }
        commitLock.lock();
        try {
            Block block = seal(endorsements);
            if (blockFile != null) {
                blockFile.append(BlockCodec.encode(block));
            }
            lock.writeLock().lock();
            try {
                applyBlock(block);
            } finally {
                lock.writeLock().unlock();
            }
            for (Consumer<Block> listener : listeners) {
                listener.accept(block);
            }
            return block.transactions();
        } finally {
            commitLock.unlock();
        }
    }

    /**
     * Validates each transaction against the committed state and the writes of the valid
     * transactions before it in this block, as a peer's validator does, and seals the block. The
     * state is not touched.
     */
    private Block seal(List<Endorsement> endorsements) {
        long number = height();
        Set<ReadWriteSet.Key> writtenInBlock = new HashSet<>();
        List<TxResult> results = new ArrayList<>();
        List<Block.TxWrites> writes = new ArrayList<>();
        for (Endorsement e : endorsements) {
            ValidationCode code = validate(e.rwset(), writtenInBlock);
            ChaincodeEventRecord event = null;
            Block.TxWrites txWrites = Block.TxWrites.NONE;
            if (code == ValidationCode.VALID) {
                writtenInBlock.addAll(e.rwset().writes.keySet());
                txWrites = writesOf(e.rwset());
                if (e.event() != null) {
                    event =
                            new ChaincodeEventRecord(
                                    number,
                                    e.txId(),
                                    e.event().getChaincodeId(),
                                    e.event().getEventName(),
                                    e.event().getPayload().toByteArray());
                }
            }
            results.add(
                    new TxResult(
                            e.txId(),
                            e.status(),
                            e.message(),
                            e.payload(),
                            code,
                            number,
                            event,
                            TxResult.TxHeader.of(e)));
            writes.add(txWrites);
        }
        String previous = number == 0 ? "" : block(number - 1).hash();
        return Block.seal(number, previous, results, writes);
    }

    private static Block.TxWrites writesOf(ReadWriteSet rwset) {
        List<Block.Write> writes = new ArrayList<>();
        rwset.writes.forEach(
                (k, v) -> writes.add(new Block.Write(k.ns(), k.collection(), k.key(), v)));
        List<Block.Write> parameters = new ArrayList<>();
        rwset.validationParameterWrites.forEach(
                (k, v) -> parameters.add(new Block.Write(k.ns(), k.collection(), k.key(), v)));
        return new Block.TxWrites(writes, parameters);
    }

    /**
     * Applies a sealed block: the writes of its valid transactions, its events, its transactions
     * for audit.
     */
    private void applyBlock(Block block) {
        List<TxResult> results = block.transactions();
        for (int i = 0; i < results.size(); i++) {
            TxResult result = results.get(i);
            if (result.validationCode() == ValidationCode.VALID) {
                apply(result, block.writes().get(i), new Version(block.number(), i));
                result.event()
                        .ifPresent(
                                event -> {
                                    synchronized (events) {
                                        events.add(event);
                                    }
                                });
            }
            transactions.putIfAbsent(result.txId(), result);
        }
        synchronized (blocks) {
            blocks.add(block);
        }
    }

    private ValidationCode validate(ReadWriteSet rwset, Set<ReadWriteSet.Key> writtenInBlock) {
        for (Map.Entry<ReadWriteSet.Key, Version> read : rwset.reads.entrySet()) {
            ReadWriteSet.Key key = read.getKey();
            WorldState.Entry now =
                    key.collection() == null
                            ? state.get(key.ns(), key.key())
                            : state.getPrivate(key.ns(), key.collection(), key.key());
            if (writtenInBlock.contains(key)
                    || !Objects.equals(now == null ? null : now.version(), read.getValue())) {
                return ValidationCode.MVCC_READ_CONFLICT;
            }
        }
        for (ReadWriteSet.RangeRead range : rwset.rangeReads) {
            if (!rangeUnchanged(range) || writtenInBlock.stream().anyMatch(k -> covers(range, k))) {
                return ValidationCode.PHANTOM_READ_CONFLICT;
            }
        }
        return ValidationCode.VALID;
    }

    /** Whether a public key falls in the part of the range the chaincode read. */
    private static boolean covers(ReadWriteSet.RangeRead range, ReadWriteSet.Key key) {
        if (key.collection() != null || !key.ns().equals(range.ns)) {
            return false;
        }
        String k = key.key();
        if (KeyOrder.CODE_POINTS.compare(k, range.start) < 0) {
            return false;
        }
        if (!range.end.isEmpty() && KeyOrder.CODE_POINTS.compare(k, range.end) >= 0) {
            return false;
        }
        if (!range.exhausted) {
            return !range.keys.isEmpty()
                    && KeyOrder.CODE_POINTS.compare(k, range.keys.get(range.keys.size() - 1)) <= 0;
        }
        return true;
    }

    /**
     * Re-runs the range up to where the chaincode stopped reading and compares keys and versions.
     */
    private boolean rangeUnchanged(ReadWriteSet.RangeRead range) {
        var ns = state.namespace(range.ns);
        var slice =
                range.end.isEmpty()
                        ? ns.tailMap(range.start, true)
                        : ns.subMap(range.start, true, range.end, false);
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
            if (!entry.getKey().equals(range.keys.get(i))
                    || !entry.getValue().version().equals(range.versions.get(i))) {
                return false;
            }
            i++;
        }
        return true;
    }

    private void apply(TxResult tx, Block.TxWrites writes, Version version) {
        for (Block.Write write : writes.writes()) {
            if (write.collection() == null) {
                state.put(
                        write.ns(),
                        write.key(),
                        write.value(),
                        version,
                        tx.txId(),
                        tx.header().timestamp());
            } else {
                state.putPrivate(
                        write.ns(), write.collection(), write.key(), write.value(), version);
            }
        }
        for (Block.Write write : writes.validationParameters()) {
            String scope =
                    write.collection() == null
                            ? write.ns()
                            : write.ns() + "$$" + write.collection();
            state.setValidationParameter(scope, write.key(), write.value());
        }
    }

    // ---- audit
    // --------------------------------------------------------------------------------------------

    public long height() {
        synchronized (blocks) {
            return blocks.size();
        }
    }

    public Block block(long number) {
        synchronized (blocks) {
            if (number < 0 || number >= blocks.size()) {
                throw new IllegalArgumentException(
                        "no block " + number + "; height is " + blocks.size());
            }
            return blocks.get((int) number);
        }
    }

    public List<Block> blocks() {
        synchronized (blocks) {
            return List.copyOf(blocks);
        }
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
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /**
     * Events from position {@code fromIndex} on (positions count every event since block 0, in
     * block order).
     */
    public List<ChaincodeEventRecord> events(int fromIndex) {
        synchronized (events) {
            int size = events.size();
            return fromIndex >= size
                    ? List.of()
                    : List.copyOf(events.subList(Math.max(0, fromIndex), size));
        }
    }

    /** Number of events committed so far. */
    public int eventCount() {
        synchronized (events) {
            return events.size();
        }
    }

    /** Called after each block is applied, in block order. */
    public void addCommitListener(Consumer<Block> listener) {
        listeners.add(listener);
    }

    // ---- helpers
    // ------------------------------------------------------------------------------------------

    private String newTxId(Identity creator) {
        byte[] nonce = new byte[24];
        random.nextBytes(nonce);
        byte[] creatorBytes = creator.serialized();
        return sha256Hex(
                ByteBuffer.allocate(nonce.length + creatorBytes.length)
                        .put(nonce)
                        .put(creatorBytes)
                        .array());
    }

    static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(InMemoryChaincodeStub.sha256(data));
    }

    /** Builds an {@link InMemoryLedger}. */
    public static final class Builder {
        private String channel = "tradechain";
        private Clock clock = Clock.systemUTC();
        private java.nio.file.Path blockFile;

        public Builder channel(String name) {
            this.channel = name;
            return this;
        }

        public Builder clock(Clock source) {
            this.clock = source;
            return this;
        }

        /**
         * Makes the ledger durable: every block is appended to this file and forced to disk before
         * its transactions are applied or reported; at build the file's chain is verified and the
         * state rebuilt from it.
         *
         * @throws LedgerCorruptedException at build when the file was altered
         */
        public Builder blockFile(java.nio.file.Path path) {
            this.blockFile = path;
            return this;
        }

        public InMemoryLedger build() {
            return new InMemoryLedger(this);
        }
    }
}
