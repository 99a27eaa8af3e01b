package io.tradechain.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one transaction read and wants to write, across every chaincode namespace it touched
 * (invokeChaincode adds the callee's namespace). Validation at commit compares the reads with the
 * state of that time.
 */
final class ReadWriteSet {
    /** A namespaced key; {@code collection} is null for public state. */
    record Key(String ns, String collection, String key) {}

    /**
     * A range or partial-composite-key query and what it returned, re-run at commit to detect
     * phantoms.
     */
    static final class RangeRead {
        final String ns;
        final String start;
        final String end;
        final List<String> keys = new ArrayList<>();
        final List<Version> versions = new ArrayList<>();
        boolean exhausted;

        RangeRead(String ns, String start, String end) {
            this.ns = ns;
            this.start = start;
            this.end = end;
        }
    }

    /** Versions read (null: the key was absent). Public and private (hashed) reads. */
    final Map<Key, Version> reads = new LinkedHashMap<>();

    final List<RangeRead> rangeReads = new ArrayList<>();

    /** Values to write (null: delete), in first-write order. */
    final Map<Key, byte[]> writes = new LinkedHashMap<>();

    final Map<Key, byte[]> validationParameterWrites = new LinkedHashMap<>();

    boolean paginatedQueryPerformed;
    boolean privateQueryPerformed;

    boolean hasWrites() {
        return !writes.isEmpty() || !validationParameterWrites.isEmpty();
    }

    void recordRead(Key key, Version version) {
        reads.putIfAbsent(key, version);
    }

    void write(Key key, byte[] value) {
        if (paginatedQueryPerformed) {
            throw new IllegalStateException(
                    "transaction writes after a paginated query: Fabric allows paginated "
                            + "queries only in read-only transactions");
        }
        if (privateQueryPerformed) {
            throw new IllegalStateException(
                    "transaction writes after a range query on private data: Fabric allows "
                            + "private data queries only in read-only transactions");
        }
        writes.put(key, value);
    }

    void beforePaginatedQuery() {
        if (hasWrites()) {
            throw new IllegalStateException(
                    "paginated query in a transaction that writes: Fabric allows paginated "
                            + "queries only in read-only transactions");
        }
        paginatedQueryPerformed = true;
    }

    void beforePrivateQuery() {
        if (hasWrites()) {
            throw new IllegalStateException(
                    "range query on private data in a transaction that writes: Fabric "
                            + "allows private data queries only in read-only transactions");
        }
        privateQueryPerformed = true;
    }
}
