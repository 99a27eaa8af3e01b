package io.tradechain.testkit;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** One transaction being simulated: its header fields, its read/write set and the ledger it runs on. */
final class Simulation {
    final InMemoryLedger ledger;
    final String txId;
    final Instant timestamp;
    final Identity creator;
    final Map<String, byte[]> transientData;
    final Set<String> endorsingOrganizations;
    final ReadWriteSet rwset = new ReadWriteSet();

    Simulation(InMemoryLedger ledger, String txId, Instant timestamp, Invocation invocation) {
        this.ledger = ledger;
        this.txId = txId;
        this.timestamp = timestamp;
        this.creator = invocation.creator();
        this.transientData = invocation.transientData();
        this.endorsingOrganizations = invocation.endorsingOrganizations();
    }
}
