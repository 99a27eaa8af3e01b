package io.tradechain.receivables;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeInvocation;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.DocumentUses;
import io.tradechain.chaincode.common.Money;
import java.io.IOException;
import java.util.Set;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The certificate's invoice in the verification chaincode, which keeps every product's uses of a
 * document (docs/one-invoice-one-financing.md). Issue backs the certificate's amount with the
 * invoice (proof of possession, and the backings of one invoice never exceed its face value across
 * certificates and L/C drawings); rejection and cancellation give it back; a financing locks the
 * financed amount (the financings of one invoice never exceed its face value, whichever bank and
 * product). Calls run inside this transaction as its creator; refusals keep the verification
 * chaincode's code, except that a document that does not verify is this chaincode's {@code
 * INVOICE_NOT_AUTHENTIC} and one too small is {@code AMOUNT_EXCEEDS_INVOICE}.
 */
final class InvoiceLocks {
    private static final Set<String> NOT_AUTHENTIC =
            Set.of("DOCUMENT_MISMATCH", "DOCUMENT_NOT_FOUND", "DOCUMENT_VOIDED");

    private final ChaincodeStub stub;
    private final DocumentUses uses;
    private final ChaincodeInvocation verification;

    InvoiceLocks(ChaincodeStub stub) {
        this.stub = stub;
        this.uses = new DocumentUses(stub);
        this.verification = new ChaincodeInvocation(stub, DocumentUses.CHAINCODE);
    }

    /**
     * Backs certificate {@code rootId} with the invoice the transaction carries under {@code
     * documents} (a one-element array): from the supplier to the debtor, authentic, the id named,
     * and enough of its face value not backing other instruments to cover the amount.
     */
    void backCertificate(
            String rootId,
            String documentId,
            String debtorCode,
            String supplierCode,
            Money amount) {
        JsonNode sent;
        try {
            sent =
                    CanonicalJson.mapper()
                            .readTree(Args.transientValue(stub, DocumentUses.DOCUMENTS));
        } catch (IOException e) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    "documents must be a JSON array holding " + "the invoice",
                    "field",
                    "documents");
        }
        if (!sent.isArray()
                || sent.size() != 1
                || !"INVOICE".equals(sent.get(0).path("type").asText())) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    "documents must hold exactly the one "
                            + "invoice behind the certificate, with type INVOICE",
                    "field",
                    "documents");
        }
        JsonNode invoice = sent.get(0);
        if (!debtorCode.equals(invoice.path("buyerCode").asText())
                || !supplierCode.equals(invoice.path("sellerCode").asText())) {
            throw BusinessException.of(
                    ReceivablesErrorCode.INVOICE_MISMATCH,
                    "the invoice must be from the supplier "
                            + supplierCode
                            + " to the debtor "
                            + debtorCode,
                    "field",
                    "documents");
        }
        DocumentUses.Backed backed;
        try {
            backed = uses.back(DocumentUses.RECEIVABLES, rootId, amount);
        } catch (BusinessException refused) {
            if (NOT_AUTHENTIC.contains(refused.code())) {
                throw new BusinessException(
                        ReceivablesErrorCode.INVOICE_NOT_AUTHENTIC,
                        "the invoice does not " + "verify: " + refused.text(),
                        refused.details());
            }
            if ("AMOUNT_EXCEEDS_DOCUMENT".equals(refused.code())) {
                throw BusinessException.of(
                        ReceivablesErrorCode.AMOUNT_EXCEEDS_INVOICE,
                        "a certificate of "
                                + amount.toDecimalString()
                                + " "
                                + amount.currency()
                                + " exceeds its invoice's face value",
                        "invoiceDocumentId",
                        documentId);
            }
            throw refused;
        }
        if (!documentId.equals(backed.documentId())) {
            throw BusinessException.of(
                    ReceivablesErrorCode.INVOICE_MISMATCH,
                    "the invoice sent is " + backed.documentId() + ", not " + documentId,
                    "invoiceDocumentId",
                    documentId);
        }
    }

    /** The certificate was rejected or cancelled: its invoice's face value is free again. */
    void releaseCertificate(String rootId, String documentId, String reason) {
        uses.releaseBacking(documentId, DocumentUses.RECEIVABLES, rootId, reason);
    }

    /**
     * Locks {@code amount} of the invoice under {@code financingRef}; returns the locked document's
     * id.
     */
    String lock(String financingRef, Money amount) {
        return verification
                .call("LockAmount", financingRef, CanonicalJson.toJson(amount))
                .path("lock")
                .path("documentId")
                .asText();
    }
}
