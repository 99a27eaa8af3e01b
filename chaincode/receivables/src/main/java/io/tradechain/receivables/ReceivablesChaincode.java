package io.tradechain.receivables;

import io.tradechain.chaincode.common.ChaincodeLauncher;

/**
 * Main class of the self-contained jar: runs the receivables chaincode as a chaincode-as-a-service
 * server.
 */
public final class ReceivablesChaincode {
    private ReceivablesChaincode() {}

    public static void main(String[] args) throws Exception {
        ChaincodeLauncher.launch("receivables", args);
    }
}
