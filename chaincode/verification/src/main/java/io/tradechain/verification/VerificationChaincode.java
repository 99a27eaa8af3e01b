package io.tradechain.verification;

import io.tradechain.chaincode.common.ChaincodeLauncher;

/**
 * Main class of the self-contained jar: runs the verification chaincode as a chaincode-as-a-service
 * server.
 */
public final class VerificationChaincode {
    private VerificationChaincode() {}

    public static void main(String[] args) throws Exception {
        ChaincodeLauncher.launch("verification", args);
    }
}
