package io.tradechain.chaincode.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * What a product chaincode asks of the verification chaincode, which keeps every use of an invoice
 * or customs declaration across products (docs/one-invoice-one-financing.md): a <b>backing</b>
 * consumes face value when an instrument is created on the document (a certificate issued, an L/C
 * presentation), a <b>financing</b> consumes its financeable balance (a financing approved, a
 * presentation negotiated), and each can be given back or moved as the product's lifecycle says.
 * Calls run inside the product's transaction ({@code invokeChaincode}); the verification chaincode
 * accepts them only when the transaction entered through the product named, and relays its refusals
 * ({@code DOCUMENT_ALREADY_BACKING}, {@code DUPLICATE_FINANCING}, ...) with their codes.
 */
public final class DocumentUses {
    /** The chaincode keeping the uses. */
    public static final String CHAINCODE = ChaincodeNames.VERIFICATION;

    /** Product names: the chaincode that owns the use. */
    public static final String RECEIVABLES = ChaincodeNames.RECEIVABLES;

    public static final String LETTER_OF_CREDIT = ChaincodeNames.LETTER_OF_CREDIT;

    /**
     * Transient key of the document's fields for {@link #back}: a one-element JSON array, as {@code
     * Verify} reads.
     */
    public static final String DOCUMENTS = "documents";

    private final ChaincodeInvocation verification;

    public DocumentUses(ChaincodeStub stub) {
        this.verification =
                new ChaincodeInvocation(Objects.requireNonNull(stub, "stub"), CHAINCODE);
    }

    /** What a backing answers: the document's id and face value. */
    public record Backed(String documentId, Money faceValue) {}

    /**
     * Backs {@code amount} of the document whose fields the transaction carries under {@link
     * #DOCUMENTS}; the use is named by the product and its own reference (a certificate's root id,
     * an L/C presentation).
     */
    public Backed back(String product, String reference, Money amount) {
        JsonNode answer =
                verification.call("BackDocument", product, reference, CanonicalJson.toJson(amount));
        JsonNode document = answer.path("document");
        JsonNode face = document.path("faceValue");
        return new Backed(
                document.path("documentId").asText(),
                Money.of(face.path("minorUnits").asLong(), face.path("currency").asText()));
    }

    /**
     * Gives the face value of a backing back (the instrument was cancelled, rejected or refused).
     */
    public void releaseBacking(String documentId, String product, String reference, String reason) {
        verification.call("ReleaseBacking", documentId, product, reference, reason);
    }

    /** Finances {@code amount} of a document the product's use backs, for the calling bank. */
    public void lockBacked(String documentId, String product, String reference, Money amount) {
        verification.call(
                "LockBacked", documentId, product, reference, CanonicalJson.toJson(amount));
    }

    /**
     * The financing of a product's use passes to {@code toMsp} (a claim sold on): the same value
     * stays financed, by another bank; where the use had no financing yet, the new holder's
     * financing is checked against the balance.
     */
    public void transferFinancing(
            String documentId, String product, String reference, String toMsp, Money amount) {
        verification.call(
                "TransferFinancing",
                documentId,
                product,
                reference,
                toMsp,
                CanonicalJson.toJson(amount));
    }
}
