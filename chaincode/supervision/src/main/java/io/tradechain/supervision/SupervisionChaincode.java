package io.tradechain.supervision;

import io.tradechain.chaincode.common.ChaincodeLauncher;

/**
 * Main class of the self-contained jar: runs the supervision chaincode as a chaincode-as-a-service
 * server.
 */
public final class SupervisionChaincode {
    private SupervisionChaincode() {}

    public static void main(String[] args) throws Exception {
        ChaincodeLauncher.launch("supervision", args);
    }
}
