package io.tradechain.letterofcredit;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeInvocation;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Money;
import java.io.IOException;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Verifies the invoice of a presentation through the verification chaincode's {@code Verify}: its fields travel in
 * the transaction's transient map under {@code documents} (a one-element array, as {@code Verify} reads it); it must
 * be AUTHENTIC, from the beneficiary to the applicant, and its face value must cover the amount drawn.
 */
final class InvoiceCheck {
    static final String DOCUMENTS = "documents";

    private final ChaincodeStub stub;
    private final ChaincodeInvocation verification;

    InvoiceCheck(ChaincodeStub stub) {
        this.stub = stub;
        this.verification = new ChaincodeInvocation(stub, "verification");
    }

    /** Returns the invoice's document id. */
    String requireInvoice(String sellerCode, String buyerCode, Money amount) {
        JsonNode sent;
        try {
            sent = CanonicalJson.mapper().readTree(Args.transientValue(stub, DOCUMENTS));
        } catch (IOException e) {
            throw invalid("documents must be a JSON array holding the invoice");
        }
        if (!sent.isArray() || sent.size() != 1 || !"INVOICE".equals(sent.get(0).path("type").asText())) {
            throw invalid("documents must hold exactly the one invoice of the presentation, with type INVOICE");
        }
        JsonNode invoice = sent.get(0);
        if (!sellerCode.equals(invoice.path("sellerCode").asText())
                || !buyerCode.equals(invoice.path("buyerCode").asText())) {
            throw BusinessException.of(LcErrorCode.INVOICE_MISMATCH, "the invoice must be from the beneficiary "
                    + sellerCode + " to the applicant " + buyerCode, "field", DOCUMENTS);
        }
        JsonNode result = verification.call("Verify").path("results").path(0);
        String outcome = result.path("result").asText();
        if (!"AUTHENTIC".equals(outcome)) {
            throw BusinessException.of(LcErrorCode.INVOICE_NOT_AUTHENTIC, "the invoice is " + outcome
                    + " in the verification chaincode" + (result.has("mismatchedFields") ? " ("
                    + result.path("mismatchedFields") + " differ)" : ""), "outcome", outcome);
        }
        JsonNode face = result.path("faceValue");
        if (!amount.currency().equals(face.path("currency").asText())
                || amount.minorUnits() > face.path("minorUnits").asLong()) {
            throw BusinessException.of(LcErrorCode.INVOICE_MISMATCH, "the invoice's face value does not cover "
                    + amount.toDecimalString() + " " + amount.currency(), "field", DOCUMENTS);
        }
        return result.path("documentId").asText();
    }

    private static BusinessException invalid(String message) {
        return BusinessException.of(CommonErrorCode.INVALID_ARGUMENT, message, "field", DOCUMENTS);
    }
}
