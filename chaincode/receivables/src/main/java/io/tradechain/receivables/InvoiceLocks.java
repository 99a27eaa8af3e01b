package io.tradechain.receivables;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ErrorInfo;
import io.tradechain.chaincode.common.Money;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Locks the certificate's invoice for a financing through the verification chaincode ({@code LockAmount}, inside this
 * transaction and as its creator, the bank). The invoice's fields travel in this transaction's transient map under
 * {@code document}, which the called chaincode reads: the lock proves the bank holds the real invoice, and refuses
 * over- and duplicate financing at any bank. A refusal is rethrown with the verification chaincode's code.
 */
final class InvoiceLocks {
    static final String VERIFICATION = "verification";

    private final ChaincodeStub stub;

    InvoiceLocks(ChaincodeStub stub) {
        this.stub = stub;
    }

    /** Locks {@code amount} of the invoice under {@code financingRef}; returns the locked document's id. */
    String lock(String financingRef, Money amount) {
        Chaincode.Response response = stub.invokeChaincodeWithStringArgs(VERIFICATION,
                List.of("LockAmount", financingRef, CanonicalJson.toJson(amount)));
        int status = response.getStatusCode();
        if (status < 200 || status >= 300) {
            ErrorInfo error = ErrorInfo.fromPayload(response.getPayload())
                    .or(() -> ErrorInfo.fromMessage(response.getMessage()))
                    .orElseThrow(() -> new IllegalStateException("the verification chaincode failed on LockAmount "
                            + "with status " + status + ": " + response.getMessage()));
            throw BusinessException.relay(error);
        }
        try {
            JsonNode receipt = CanonicalJson.mapper().readTree(response.getPayload());
            return receipt.path("lock").path("documentId").asText();
        } catch (IOException e) {
            throw new IllegalStateException("the verification chaincode answered LockAmount unreadably: "
                    + new String(response.getPayload(), StandardCharsets.UTF_8), e);
        }
    }
}
