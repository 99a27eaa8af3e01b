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

    private Organisations() {
    }

    /** True for an organisation that only reads (the regulator). */
    public static boolean isReadOnly(String mspId) {
        return REGULATOR_MSP.equals(mspId);
    }
}
