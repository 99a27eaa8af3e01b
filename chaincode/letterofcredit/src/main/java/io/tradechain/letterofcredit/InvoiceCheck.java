package io.tradechain.letterofcredit;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.DocumentUses;
import io.tradechain.chaincode.common.Money;
import java.io.IOException;
import java.util.Set;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * A presentation's invoice in the verification chaincode, which keeps every product's uses of a
 * document (docs/one-invoice-one-financing.md). Presenting backs the amount drawn with the invoice
 * (its fields travel in the transaction's transient map under {@code documents}, a one-element
 * array: it must be authentic, from the beneficiary to the applicant, and enough of its face value
 * must be free of other certificates and drawings); refusing the documents gives that back;
 * negotiating finances the drawing, within what other financings of the invoice left; a sold claim
 * moves that financing to its buyer. A document that does not verify is this chaincode's {@code
 * INVOICE_NOT_AUTHENTIC}, one whose face value is too small {@code INVOICE_MISMATCH}; other
 * refusals keep the verification chaincode's code ({@code DOCUMENT_ALREADY_BACKING}, {@code
 * DUPLICATE_FINANCING}).
 */
final class InvoiceCheck {
    static final String DOCUMENTS = DocumentUses.DOCUMENTS;
    private static final Set<String> NOT_AUTHENTIC =
            Set.of("DOCUMENT_MISMATCH", "DOCUMENT_NOT_FOUND", "DOCUMENT_VOIDED");

    private final ChaincodeStub stub;
    private final DocumentUses uses;

    InvoiceCheck(ChaincodeStub stub) {
        this.stub = stub;
        this.uses = new DocumentUses(stub);
    }

    /** The use's reference in the verification chaincode: {@code <lcId>:<presentation number>}. */
    static String reference(String lcId, int number) {
        return lcId + ":" + number;
    }

    /** Backs presentation {@code number} with its invoice; returns the invoice's document id. */
    String back(String lcId, int number, String sellerCode, String buyerCode, Money amount) {
        JsonNode sent;
        try {
            sent = CanonicalJson.mapper().readTree(Args.transientValue(stub, DOCUMENTS));
        } catch (IOException e) {
            throw invalid("documents must be a JSON array holding the invoice");
        }
        if (!sent.isArray()
                || sent.size() != 1
                || !"INVOICE".equals(sent.get(0).path("type").asText())) {
            throw invalid(
                    "documents must hold exactly the one invoice of the presentation, with type INVOICE");
        }
        JsonNode invoice = sent.get(0);
        if (!sellerCode.equals(invoice.path("sellerCode").asText())
                || !buyerCode.equals(invoice.path("buyerCode").asText())) {
            throw BusinessException.of(
                    LcErrorCode.INVOICE_MISMATCH,
                    "the invoice must be from the beneficiary "
                            + sellerCode
                            + " to the applicant "
                            + buyerCode,
                    "field",
                    DOCUMENTS);
        }
        try {
            return uses.back(DocumentUses.LETTER_OF_CREDIT, reference(lcId, number), amount)
                    .documentId();
        } catch (BusinessException refused) {
            if (NOT_AUTHENTIC.contains(refused.code())) {
                throw new BusinessException(
                        LcErrorCode.INVOICE_NOT_AUTHENTIC,
                        "the invoice does not verify: " + refused.text(),
                        refused.details());
            }
            if ("AMOUNT_EXCEEDS_DOCUMENT".equals(refused.code())) {
                throw BusinessException.of(
                        LcErrorCode.INVOICE_MISMATCH,
                        "the invoice's face value does not cover "
                                + amount.toDecimalString()
                                + " "
                                + amount.currency(),
                        "field",
                        DOCUMENTS);
            }
            throw refused;
        }
    }

    /** The documents were refused: the drawing's share of the invoice is free again. */
    void release(Presentation presentation, String reason) {
        uses.releaseBacking(
                presentation.invoiceDocumentId(),
                DocumentUses.LETTER_OF_CREDIT,
                reference(presentation.lcId(), presentation.number()),
                reason);
    }

    /** The calling bank finances the drawing {@code amount} of the presentation's invoice. */
    void finance(Presentation presentation, Money amount) {
        uses.lockBacked(
                presentation.invoiceDocumentId(),
                DocumentUses.LETTER_OF_CREDIT,
                reference(presentation.lcId(), presentation.number()),
                amount);
    }

    /** The claim passes to {@code toMsp}: so does the financing of the invoice behind it. */
    void transferFinancing(Presentation presentation, String toMsp, Money amount) {
        uses.transferFinancing(
                presentation.invoiceDocumentId(),
                DocumentUses.LETTER_OF_CREDIT,
                reference(presentation.lcId(), presentation.number()),
                toMsp,
                amount);
    }

    private static BusinessException invalid(String message) {
        return BusinessException.of(CommonErrorCode.INVALID_ARGUMENT, message, "field", DOCUMENTS);
    }
}
