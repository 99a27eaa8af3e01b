package io.tradechain.forfaiting;

import io.tradechain.chaincode.common.ChaincodeLauncher;

/**
 * Main class of the self-contained jar: runs the forfaiting chaincode as a chaincode-as-a-service
 * server.
 */
public final class ForfaitingChaincode {
    private ForfaitingChaincode() {}

    public static void main(String[] args) throws Exception {
        ChaincodeLauncher.launch("forfaiting", args);
    }
}
