package io.tradechain.blacklist;

/**
 * The private data collections of the blacklist, as {@code chaincode/blacklist/collections.json}
 * defines them.
 */
public final class BlacklistCollections {
    /**
     * Report details, delisting and rejection reasons: banks and the regulator, member-only read
     * and write.
     */
    public static final String DETAILS = "blacklistDetails";

    /**
     * Appeal reasons: banks and the regulator read; written by the appellant (not a member) through
     * bank peers.
     */
    public static final String APPEALS = "blacklistAppeals";

    /**
     * The collection config in the jar (a copy of collections.json), for the embedded ledger and
     * tests.
     */
    public static final String RESOURCE = "/io/tradechain/blacklist/collections.json";

    private BlacklistCollections() {}
}
