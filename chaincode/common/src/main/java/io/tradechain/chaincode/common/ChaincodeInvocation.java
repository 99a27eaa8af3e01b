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
 * Calls a function of another chaincode on the same channel, inside the current transaction and as its creator
 * ({@code invokeChaincode}; the callee sees the same transient map, its reads and writes join this transaction), and
 * reads its JSON answer. A refusal of the callee is rethrown as a {@link BusinessException} with the callee's code,
 * text and details, so a client sees the rule that really refused it.
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
            throw new IllegalStateException("the " + chaincode + " chaincode answered " + function + " unreadably: "
                    + new String(payload, StandardCharsets.UTF_8), e);
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
        ErrorInfo error = ErrorInfo.fromPayload(response.getPayload())
                .or(() -> ErrorInfo.fromMessage(response.getMessage()))
                .orElseThrow(() -> new IllegalStateException("the " + chaincode + " chaincode failed on " + function
                        + " with status " + status + ": " + response.getMessage()));
        throw BusinessException.relay(error);
    }
}
