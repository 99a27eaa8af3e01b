package io.tradechain.blacklist;

import io.tradechain.chaincode.common.ChaincodeLauncher;

/**
 * Main class of the self-contained jar: runs the credit blacklist as a chaincode-as-a-service
 * server.
 */
public final class BlacklistChaincode {
    private BlacklistChaincode() {}

    public static void main(String[] args) throws Exception {
        ChaincodeLauncher.launch("blacklist", args);
    }
}
