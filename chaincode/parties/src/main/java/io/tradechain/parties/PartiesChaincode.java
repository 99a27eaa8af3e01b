package io.tradechain.parties;

import io.tradechain.chaincode.common.ChaincodeLauncher;

/**
 * Main class of the self-contained jar: runs the party registry as a chaincode-as-a-service server.
 */
public final class PartiesChaincode {
    private PartiesChaincode() {}

    public static void main(String[] args) throws Exception {
        ChaincodeLauncher.launch("parties", args);
    }
}
