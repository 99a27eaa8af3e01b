package io.tradechain.gateway.ledger;

/**
 * The names of the domain chaincodes on the channel. They are fixed: chaincodes call each other by these names
 * (the verification chaincode asks {@code blacklist}); only the party registry's name is configurable.
 */
public final class ChaincodeNames {
    public static final String BLACKLIST = "blacklist";
    public static final String VERIFICATION = "verification";
    public static final String RECEIVABLES = "receivables";
    public static final String LETTER_OF_CREDIT = "letterofcredit";
    public static final String FORFAITING = "forfaiting";
    public static final String SUPERVISION = "supervision";

    private ChaincodeNames() {
    }
}
