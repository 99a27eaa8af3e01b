package io.tradechain.receivables;

/**
 * The private data collections of the receivables chaincode, defined in collections.json (copied
 * into the jar).
 */
public final class ReceivablesCollections {
    /** Classpath resource of the collection definitions. */
    public static final String RESOURCE = "/io/tradechain/receivables/collections.json";

    private ReceivablesCollections() {}

    /**
     * The collection of one funder bank's financing terms: that bank, CorpMSP (the holder's peer)
     * and the regulator. Another bank's peers hold only the hash.
     */
    static String termsOf(String funderMsp) {
        return "receivablesTerms" + funderMsp;
    }
}
