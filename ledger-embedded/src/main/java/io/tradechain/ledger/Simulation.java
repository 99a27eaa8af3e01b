package io.tradechain.ledger;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * One transaction being simulated: its header fields, its read/write set and the ledger it runs on.
 */
final class Simulation {
    final InMemoryLedger ledger;
    final String txId;
    final Instant timestamp;
    final Identity creator;
    final Map<String, byte[]> transientData;
    final Set<String> endorsingOrganizations;

    /**
     * The chaincode the client's proposal invoked (its signed proposal names it), whatever it calls
     * in turn.
     */
    final String entryChaincode;

    /** The proposal's arguments (function first), as the client sent them. */
    final java.util.List<String> entryArgs;

    final ReadWriteSet rwset = new ReadWriteSet();

    /** Every chaincode this transaction has run so far, the entry chaincode first. */
    final Set<String> chaincodesRun = new java.util.LinkedHashSet<>();

    Simulation(InMemoryLedger ledger, String txId, Instant timestamp, Invocation invocation) {
        this.ledger = ledger;
        this.txId = txId;
        this.timestamp = timestamp;
        this.creator = invocation.creator();
        this.transientData = invocation.transientData();
        this.endorsingOrganizations = invocation.endorsingOrganizations();
        this.entryChaincode = invocation.chaincode();
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add(invocation.function());
        all.addAll(invocation.args());
        this.entryArgs = java.util.List.copyOf(all);
    }
}
