package io.tradechain.verification;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Money;
import io.tradechain.chaincode.common.Organisations;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Financings a product makes on an instrument a document backs (an L/C presentation negotiated by
 * the nominated bank), and their move to another bank when the claim is sold (forfaiting). The
 * product proved possession of the document when it created the backing, so no fields are sent
 * again; the same budget as every other financing holds: the financings of one document never
 * exceed its face value, whichever bank and product ask.
 */
final class ProductFinancing {
    private final ChaincodeStub stub;
    private final VerificationState state;

    ProductFinancing(ChaincodeStub stub, VerificationState state) {
        this.stub = stub;
        this.state = state;
    }

    LockReceipt lock(
            Caller caller, String documentId, String product, String reference, String amountJson) {
        VerificationAccess.requireBankWriter(caller, "finance a document");
        Backing backing = activeBacking(documentId, product, reference);
        return newLock(backing, caller.mspId(), Inputs.amount("amount", amountJson));
    }

    LockReceipt transfer(
            Caller caller,
            String documentId,
            String product,
            String reference,
            String toMsp,
            String amountJson) {
        VerificationAccess.requireBankWriter(caller, "move a financing");
        Backing backing = activeBacking(documentId, product, reference);
        String to = Inputs.mspId("toMsp", toMsp);
        if (!Organisations.isBank(to)) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    "a financing passes to a bank only, got " + to,
                    "field",
                    "toMsp");
        }
        Money amount = Inputs.amount("amount", amountJson);
        String ref = UseProducts.financingRef(backing.product(), backing.reference());
        Optional<Lock> existing = state.findLock(backing.documentId(), ref);
        if (existing.isEmpty()) {
            return newLock(backing, to, amount);
        }
        Lock lock = existing.get();
        if (lock.status() != LockStatus.LOCKED) {
            throw BusinessException.of(
                    VerificationErrorCode.LOCK_NOT_ACTIVE,
                    "the financing of " + ref + " is " + lock.status(),
                    "financingRef",
                    ref,
                    "status",
                    lock.status().name());
        }
        Lock moved = lock.heldBy(to, Inputs.now(stub), stub.getTxId());
        Document document = state.document(backing.documentId());
        state.putLock(moved, lock);
        VerificationEvents.lock(stub, "FinancingTransferred", moved, document);
        return new LockReceipt(moved, document);
    }

    private Backing activeBacking(String documentId, String product, String reference) {
        String owner = UseProducts.require(stub, product);
        Backing backing =
                state.backing(
                        Inputs.documentId(documentId), owner, UseProducts.reference(reference));
        if (backing.status() != BackingStatus.ACTIVE) {
            throw BusinessException.of(
                    VerificationErrorCode.BACKING_NOT_ACTIVE,
                    "the backing of "
                            + owner
                            + " "
                            + backing.reference()
                            + " was given back; it cannot be financed",
                    "documentId",
                    backing.documentId(),
                    "reference",
                    backing.reference());
        }
        return backing;
    }

    private LockReceipt newLock(Backing backing, String bankMsp, Money amount) {
        Document document = state.document(backing.documentId());
        if (!document.isActive()) {
            throw BusinessException.of(
                    VerificationErrorCode.DOCUMENT_VOIDED,
                    "document "
                            + document.documentId()
                            + " was voided by the authority; it cannot be financed",
                    "documentId",
                    document.documentId());
        }
        Possession.requireSameCurrency(amount, document.faceValue(), "amount");
        String ref = UseProducts.financingRef(backing.product(), backing.reference());
        if (state.findLock(document.documentId(), ref).isPresent()) {
            throw BusinessException.of(
                    VerificationErrorCode.LOCK_ALREADY_EXISTS,
                    backing.product() + " " + backing.reference() + " is financed already",
                    "documentId",
                    document.documentId(),
                    "financingRef",
                    ref);
        }
        UseRefusals.requireFinanceable(document, amount);
        String at = Inputs.now(stub);
        Lock lock =
                Lock.locked(
                        document.documentId(),
                        ref,
                        bankMsp,
                        amount,
                        at,
                        stub.getTxId(),
                        backing.product());
        Document after = document.locked(amount, at, stub.getTxId());
        state.insertLock(lock);
        state.putDocument(after);
        VerificationEvents.lock(stub, "AmountLocked", lock, after);
        return new LockReceipt(lock, after);
    }
}
