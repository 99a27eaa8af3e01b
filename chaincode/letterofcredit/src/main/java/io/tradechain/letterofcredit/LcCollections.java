package io.tradechain.letterofcredit;

/**
 * The private data collection of the L/C chaincode, defined in collections.json (copied into the
 * jar).
 */
public final class LcCollections {
    /** Classpath resource of the collection definitions. */
    public static final String RESOURCE = "/io/tradechain/letterofcredit/collections.json";

    /**
     * Terms, amendments and presentation details: the banks, CorpMSP and the regulator (README).
     */
    static final String PRIVATE = "lcPrivate";

    private LcCollections() {}
}
