package io.tradechain.forfaiting;

/**
 * The private data collection of the forfaiting chaincode, defined in collections.json (copied into
 * the jar).
 */
public final class ForfaitingCollections {
    /** Classpath resource of the collection definitions. */
    public static final String RESOURCE = "/io/tradechain/forfaiting/collections.json";

    /** Offer elements and quote terms: the banks and the regulator. */
    static final String MARKET = "forfaitingMarket";

    private ForfaitingCollections() {}
}
