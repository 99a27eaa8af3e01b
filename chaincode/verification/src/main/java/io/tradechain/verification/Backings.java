package io.tradechain.verification;

import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Money;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Documents backing instruments of the products (docs/one-invoice-one-financing.md): a certificate
 * issued on an invoice, a drawing presented under an L/C with it. The backings of one document
 * never add up to more than its face value, whichever product and organisation ask: each backing
 * reads and rewrites the document, so two concurrent backings of one document conflict and only one
 * commits. Only a transaction of the product itself creates or gives back its backings ({@link
 * UseProducts}); the product's rules decide who may.
 */
final class Backings {
    private final ChaincodeStub stub;
    private final VerificationState state;

    Backings(ChaincodeStub stub, VerificationState state) {
        this.stub = stub;
        this.state = state;
    }

    BackingReceipt back(Caller caller, String product, String reference, String amountJson) {
        caller.requireWriter();
        String owner = UseProducts.require(stub, product);
        String ref = UseProducts.reference(reference);
        Money amount = Inputs.amount("amount", amountJson);
        DocumentSubmission[] sent = Inputs.submissions(stub);
        if (sent.length != 1) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    "documents must hold exactly the one " + "document behind the instrument",
                    "field",
                    Inputs.DOCUMENTS);
        }
        DocumentFields fields = DocumentInputs.check(sent[0], "documents[0].", null, null);
        Document document = Possession.require(state, fields);
        Possession.requireSameCurrency(amount, document.faceValue(), "amount");
        if (state.findBacking(document.documentId(), owner, ref).isPresent()) {
            throw BusinessException.of(
                    VerificationErrorCode.BACKING_ALREADY_EXISTS,
                    "document "
                            + document.documentId()
                            + " backs "
                            + owner
                            + " "
                            + ref
                            + " already",
                    "documentId",
                    document.documentId(),
                    "reference",
                    ref);
        }
        UseRefusals.requireBackable(document, amount);
        String at = Inputs.now(stub);
        Backing backing =
                Backing.active(
                        document.documentId(),
                        owner,
                        ref,
                        amount,
                        caller.mspId(),
                        at,
                        stub.getTxId());
        Document after = document.backedBy(amount, at, stub.getTxId());
        state.putBacking(backing);
        state.putDocument(after);
        VerificationEvents.backing(stub, "DocumentBacked", backing, after);
        return new BackingReceipt(backing, after);
    }

    BackingReceipt release(
            Caller caller, String documentId, String product, String reference, String reason) {
        caller.requireWriter();
        String owner = UseProducts.require(stub, product);
        Backing backing =
                state.backing(
                        Inputs.documentId(documentId), owner, UseProducts.reference(reference));
        String why = Args.text("reason", reason, Inputs.MAX_REASON_LENGTH);
        if (backing.status() != BackingStatus.ACTIVE) {
            throw BusinessException.of(
                    VerificationErrorCode.BACKING_NOT_ACTIVE,
                    "the backing of "
                            + owner
                            + " "
                            + backing.reference()
                            + " was given back already",
                    "documentId",
                    backing.documentId(),
                    "reference",
                    backing.reference());
        }
        String at = Inputs.now(stub);
        Backing released = backing.released(why, at, stub.getTxId());
        Document after =
                state.document(backing.documentId())
                        .unbackedBy(backing.amount(), at, stub.getTxId());
        state.putBacking(released);
        state.putDocument(after);
        VerificationEvents.backing(stub, "BackingReleased", released, after);
        return new BackingReceipt(released, after);
    }
}
