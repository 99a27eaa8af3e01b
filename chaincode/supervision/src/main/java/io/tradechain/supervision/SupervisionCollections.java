package io.tradechain.supervision;

/**
 * The private data collection of the supervision chaincode, as {@code
 * chaincode/supervision/collections.json}.
 */
public final class SupervisionCollections {
    /**
     * Supervision alerts: only the regulator is a member (reads); any organisation writes
     * (memberOnlyWrite false).
     */
    public static final String ALERTS = "supervisionAlerts";

    /**
     * The collection config in the jar (a copy of collections.json), for the embedded ledger and
     * tests.
     */
    public static final String RESOURCE = "/io/tradechain/supervision/collections.json";

    private SupervisionCollections() {}
}
