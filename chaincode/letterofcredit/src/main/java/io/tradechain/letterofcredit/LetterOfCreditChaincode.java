package io.tradechain.letterofcredit;

import io.tradechain.chaincode.common.ChaincodeLauncher;

/**
 * Main class of the self-contained jar: runs the L/C chaincode as a chaincode-as-a-service server.
 */
public final class LetterOfCreditChaincode {
    private LetterOfCreditChaincode() {}

    public static void main(String[] args) throws Exception {
        ChaincodeLauncher.launch("letterofcredit", args);
    }
}
