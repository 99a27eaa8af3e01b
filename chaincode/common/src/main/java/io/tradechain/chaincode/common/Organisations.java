package io.tradechain.chaincode.common;

/** The network's organisations (MSP ids) and which of them may never write. */
public final class Organisations {
    /** The regulator: reads and audits every channel, endorses and submits nothing. */
    public static final String REGULATOR_MSP = "RegulatorMSP";

    /** The first bank. */
    public static final String BANK1_MSP = "Bank1MSP";

    /** The second bank. */
    public static final String BANK2_MSP = "Bank2MSP";

    /** The corporates' organisation (buyers, suppliers). */
    public static final String CORP_MSP = "CorpMSP";

    /** The registration authority that vouches for parties. */
    public static final String AUTHORITY_MSP = "AuthorityMSP";

    /** The ordering service; never a transaction creator. */
    public static final String ORDERER_MSP = "OrdererMSP";

    /**
     * Every bank has its own organisation {@code Bank<N>MSP} (the party registry's kind rule has
     * the same form).
     */
    private static final java.util.regex.Pattern BANK_MSP =
            java.util.regex.Pattern.compile("Bank[0-9A-Za-z]*MSP");

    private Organisations() {}

    /**
     * True for a bank's organisation ({@code Bank1MSP}, {@code Bank2MSP}, a bank that joins later).
     */
    public static boolean isBank(String mspId) {
        return mspId != null && BANK_MSP.matcher(mspId).matches();
    }

    /** True for an organisation that only reads (the regulator). */
    public static boolean isReadOnly(String mspId) {
        return REGULATOR_MSP.equals(mspId);
    }
}
