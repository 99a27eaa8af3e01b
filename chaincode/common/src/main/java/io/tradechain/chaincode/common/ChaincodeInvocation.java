package io.tradechain.chaincode.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The one way a chaincode calls another: a function of another chaincode on the same channel,
 * inside the current transaction and as its creator ({@code invokeChaincode}; the callee sees the
 * same transient map, its reads and writes join this transaction), with its JSON answer read back.
 * A refusal of the callee is rethrown as a {@link BusinessException} with the callee's code, kind,
 * text and details ({@link BusinessException#relay}), so a client sees the rule that really refused
 * it. The facades other chaincodes use ({@link RemotePartyDirectory}, {@link DocumentUses}, the
 * blacklist's {@code BlacklistCheck}) are built on it; callees are named by {@link ChaincodeNames}
 * and each chaincode's callees are listed in {@code chaincode/registry.tsv}.
 *
 * <p>A transaction calls each other chaincode at most once: Fabric's Java shim may lose the second
 * of two invocations of one chaincode in a transaction, and the testkit refuses it outright; a
 * facade that needs several answers asks for them in one call ({@code CheckParties}, {@code
 * Resolve}).
 */
public final class ChaincodeInvocation {
    private final ChaincodeStub stub;
    private final String chaincode;

    public ChaincodeInvocation(ChaincodeStub stub, String chaincode) {
        this.stub = Objects.requireNonNull(stub, "stub");
        this.chaincode = Objects.requireNonNull(chaincode, "chaincode");
    }

    /** The callee's answer as JSON (an empty object for an empty answer). */
    public JsonNode call(String function, String... args) {
        byte[] payload = callRaw(function, args);
        if (payload == null || payload.length == 0) {
            return CanonicalJson.mapper().createObjectNode();
        }
        try {
            return CanonicalJson.mapper().readTree(payload);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "the "
                            + chaincode
                            + " chaincode answered "
                            + function
                            + " unreadably: "
                            + new String(payload, StandardCharsets.UTF_8),
                    e);
        }
    }

    /** The callee's answer as bytes. */
    public byte[] callRaw(String function, String... args) {
        List<String> all = new ArrayList<>(args.length + 1);
        all.add(function);
        all.addAll(List.of(args));
        Chaincode.Response response = stub.invokeChaincodeWithStringArgs(chaincode, all);
        int status = response.getStatusCode();
        if (status >= 200 && status < 300) {
            return response.getPayload();
        }
        ErrorInfo error =
                ErrorInfo.fromPayload(response.getPayload())
                        .or(() -> ErrorInfo.fromMessage(response.getMessage()))
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "the "
                                                        + chaincode
                                                        + " chaincode failed on "
                                                        + function
                                                        + " with status "
                                                        + status
                                                        + ": "
                                                        + response.getMessage()));
        throw BusinessException.relay(error);
    }
}
