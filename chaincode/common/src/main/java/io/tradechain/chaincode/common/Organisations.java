package io.tradechain.chaincode.common;

/** The network's organisations (MSP ids) and which of them may never write. */
public final class Organisations {
    public static final String ORDERER_MSP = "OrdererMSP";
    public static final String BANK1_MSP = "Bank1MSP";
    public static final String BANK2_MSP = "Bank2MSP";
    public static final String CORP_MSP = "CorpMSP";
    public static final String AUTHORITY_MSP = "AuthorityMSP";
    public static final String REGULATOR_MSP = "RegulatorMSP";

    private Organisations() {
    }

    /** The regulator reads everything and submits nothing. */
    public static boolean isReadOnly(String mspId) {
        return REGULATOR_MSP.equals(mspId);
    }
}
