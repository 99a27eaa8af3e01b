package io.tradechain.chaincode.common;

/**
 * The names of the chaincodes on the channel that code refers to, as {@code chaincode/registry.tsv}
 * lists them (the gateway's {@code ChaincodeRegistryTest} checks that each is registered).
 * Chaincodes call each other by these names; the gateway addresses them by these names.
 */
public final class ChaincodeNames {
    public static final String PARTIES = "parties";
    public static final String BLACKLIST = "blacklist";
    public static final String VERIFICATION = "verification";
    public static final String RECEIVABLES = "receivables";
    public static final String LETTER_OF_CREDIT = "letterofcredit";
    public static final String FORFAITING = "forfaiting";
    public static final String SUPERVISION = "supervision";

    private ChaincodeNames() {}
}
