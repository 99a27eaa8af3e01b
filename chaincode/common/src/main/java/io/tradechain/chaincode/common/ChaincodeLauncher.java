package io.tradechain.chaincode.common;

import java.io.PrintStream;
import java.util.Map;
import org.hyperledger.fabric.contract.ContractRouter;

/**
 * Starts a chaincode jar as a chaincode-as-a-service server (the peer connects to it through the
 * external builder).
 *
 * <p>The Fabric shim switches to server mode when {@code CHAINCODE_SERVER_ADDRESS} is set and needs
 * {@code CORE_CHAINCODE_ID_NAME} (the package id the peer approved). Without them the shim would
 * try to dial a peer and fail with a stack trace; this launcher says what is missing instead and
 * exits with status 2.
 */
public final class ChaincodeLauncher {
    /** Address the chaincode server listens on, e.g. {@code 0.0.0.0:9999}. */
    public static final String SERVER_ADDRESS = "CHAINCODE_SERVER_ADDRESS";

    /** Chaincode package id as approved on the channel, e.g. {@code parties_1.0:4f1c...}. */
    public static final String CHAINCODE_ID = "CORE_CHAINCODE_ID_NAME";

    /** Exit status when the environment is incomplete. */
    public static final int USAGE_ERROR = 2;

    private ChaincodeLauncher() {}

    /**
     * Runs the chaincode server of the jar's contracts until the process is stopped; exits 2 on a
     * bad environment.
     */
    public static void launch(String chaincodeName, String[] args) throws Exception {
        String problem = checkEnvironment(chaincodeName, System.getenv(), System.err);
        if (problem != null) {
            System.err.println(problem);
            System.exit(USAGE_ERROR);
            return;
        }
        ContractRouter.main(args);
    }

    /**
     * Checks the environment variables a chaincode server needs.
     *
     * @return null when it can start, else a message for the operator
     */
    static String checkEnvironment(
            String chaincodeName, Map<String, String> env, PrintStream warnings) {
        StringBuilder missing = new StringBuilder();
        for (String name : new String[] {SERVER_ADDRESS, CHAINCODE_ID}) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                missing.append(missing.length() == 0 ? "" : ", ").append(name);
            }
        }
        if (missing.length() > 0) {
            return "The "
                    + chaincodeName
                    + " chaincode runs as a service and needs the environment variables "
                    + SERVER_ADDRESS
                    + " (listen address, e.g. 0.0.0.0:9999) and "
                    + CHAINCODE_ID
                    + " (the approved package id, e.g. "
                    + chaincodeName
                    + "_1.0:<hash>). Missing: "
                    + missing
                    + ".";
        }
        if ("true".equalsIgnoreCase(env.get("CORE_PEER_TLS_ENABLED"))) {
            warnings.println(
                    "warning: CORE_PEER_TLS_ENABLED=true makes the shim serve TLS and require "
                            + "CORE_TLS_CLIENT_KEY_PATH and CORE_TLS_CLIENT_CERT_PATH; unset it for a plain server");
        }
        return null;
    }
}
