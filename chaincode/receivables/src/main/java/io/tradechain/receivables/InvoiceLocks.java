package io.tradechain.receivables;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.CommonErrorCode;
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

    /**
     * Verifies the invoice the transaction carries in its transient map under {@code documents} (a one-element array,
     * as the verification chaincode reads it) and checks that it is the trade behind a certificate: AUTHENTIC, the id
     * named, the debtor as buyer, the supplier as seller, a face value covering the amount.
     */
    void requireTradeInvoice(String documentId, String debtorCode, String supplierCode, Money amount) {
        JsonNode sent;
        try {
            sent = CanonicalJson.mapper().readTree(Args.transientValue(stub, "documents"));
        } catch (IOException e) {
            throw BusinessException.of(CommonErrorCode.INVALID_ARGUMENT, "documents must be a JSON array holding "
                    + "the invoice", "field", "documents");
        }
        if (!sent.isArray() || sent.size() != 1 || !"INVOICE".equals(sent.get(0).path("type").asText())) {
            throw BusinessException.of(CommonErrorCode.INVALID_ARGUMENT, "documents must hold exactly the one "
                    + "invoice behind the certificate, with type INVOICE", "field", "documents");
        }
        JsonNode invoice = sent.get(0);
        if (!debtorCode.equals(invoice.path("buyerCode").asText())
                || !supplierCode.equals(invoice.path("sellerCode").asText())) {
            throw BusinessException.of(ReceivablesErrorCode.INVOICE_MISMATCH, "the invoice must be from the supplier "
                    + supplierCode + " to the debtor " + debtorCode, "field", "documents");
        }
        JsonNode result = call("Verify").path("results").path(0);
        String outcome = result.path("result").asText();
        if (!"AUTHENTIC".equals(outcome)) {
            throw BusinessException.of(ReceivablesErrorCode.INVOICE_NOT_AUTHENTIC, "the invoice is " + outcome
                    + " in the verification chaincode" + (result.has("mismatchedFields") ? " ("
                    + result.path("mismatchedFields") + " differ)" : ""), "outcome", outcome);
        }
        if (!documentId.equals(result.path("documentId").asText())) {
            throw BusinessException.of(ReceivablesErrorCode.INVOICE_MISMATCH, "the invoice sent is "
                    + result.path("documentId").asText() + ", not " + documentId, "invoiceDocumentId", documentId);
        }
        long face = result.path("faceValue").path("minorUnits").asLong();
        if (!amount.currency().equals(result.path("faceValue").path("currency").asText())
                || amount.minorUnits() > face) {
            throw BusinessException.of(ReceivablesErrorCode.AMOUNT_EXCEEDS_INVOICE, "a certificate of "
                    + amount.toDecimalString() + " " + amount.currency() + " exceeds its invoice's face value",
                    "invoiceDocumentId", documentId);
        }
    }

    private JsonNode call(String function, String... args) {
        List<String> all = new java.util.ArrayList<>();
        all.add(function);
        all.addAll(List.of(args));
        Chaincode.Response response = stub.invokeChaincodeWithStringArgs(VERIFICATION, all);
        int status = response.getStatusCode();
        if (status < 200 || status >= 300) {
            ErrorInfo error = ErrorInfo.fromPayload(response.getPayload())
                    .or(() -> ErrorInfo.fromMessage(response.getMessage()))
                    .orElseThrow(() -> new IllegalStateException("the verification chaincode failed on " + function
                            + " with status " + status + ": " + response.getMessage()));
            throw BusinessException.relay(error);
        }
        try {
            return CanonicalJson.mapper().readTree(response.getPayload());
        } catch (IOException e) {
            throw new IllegalStateException("the verification chaincode answered " + function + " unreadably: "
                    + new String(response.getPayload(), StandardCharsets.UTF_8), e);
        }
    }

    /** Locks {@code amount} of the invoice under {@code financingRef}; returns the locked document's id. */
    String lock(String financingRef, Money amount) {
        return call("LockAmount", financingRef, CanonicalJson.toJson(amount)).path("lock").path("documentId")
                .asText();
    }
}
