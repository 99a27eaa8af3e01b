package io.tradechain.verification;

import io.tradechain.blacklist.BlacklistCheck;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.DocumentUses;
import io.tradechain.chaincode.common.EntryChaincode;
import io.tradechain.chaincode.common.Money;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Banks' locks on documents (占用), their release and repayment. A lock proves possession (the fields
 * must verify), refuses a blacklisted owner, and keeps {@code financed <= face value} whichever
 * bank asks: the document record is read and rewritten by every lock, so concurrent locks on one
 * document conflict and only one commits.
 */
final class Financing {
    private final ChaincodeStub stub;
    private final VerificationState state;
    private final BlacklistCheck blacklist;

    Financing(ChaincodeStub stub, VerificationState state, BlacklistCheck blacklist) {
        this.stub = stub;
        this.state = state;
        this.blacklist = blacklist;
    }

    LockReceipt lock(Caller caller, String financingRef, String amountJson) {
        VerificationAccess.requireBankWriter(caller, "lock an amount of a document");
        String ref = Inputs.financingRef(financingRef);
        Money amount = Inputs.amount("amount", amountJson);
        DocumentFields fields =
                DocumentInputs.check(
                        Inputs.submission(stub, Inputs.DOCUMENT), "document.", null, null);
        Document document = Possession.require(state, fields);
        Possession.requireSameCurrency(amount, document.faceValue(), "amount");
        if (!DocumentUses.RECEIVABLES.equals(EntryChaincode.of(stub))) {
            // a bank's own lock: the owner is checked here. The receivables chaincode checks the
            // holder and the
            // invoice's seller (the certificate's first holder) in its own single call of the
            // blacklist, as the
            // Java shim may lose a second invocation of one chaincode in a transaction.
            blacklist.requireNotListed(fields.ownerCode());
        }
        if (state.findLock(document.documentId(), ref).isPresent()) {
            throw BusinessException.of(
                    VerificationErrorCode.LOCK_ALREADY_EXISTS,
                    "document "
                            + document.documentId()
                            + " already has a lock with financing reference "
                            + ref,
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
                        caller.mspId(),
                        amount,
                        at,
                        stub.getTxId(),
                        productOf(stub));
        Document after = document.locked(amount, at, stub.getTxId());
        state.insertLock(lock);
        state.putDocument(after);
        VerificationEvents.lock(stub, "AmountLocked", lock, after);
        return new LockReceipt(lock, after);
    }

    LockReceipt release(Caller caller, String documentId, String financingRef, String reason) {
        Lock lock = state.lock(Inputs.documentId(documentId), Inputs.financingRef(financingRef));
        VerificationAccess.requireLockingBank(caller, lock, "release it");
        requireOwningProduct(lock);
        String why = Inputs.reason(reason);
        requireLocked(lock);
        if (!lock.repaid().isZero()) {
            throw BusinessException.of(
                    VerificationErrorCode.LOCK_PARTLY_REPAID,
                    "lock "
                            + lock.financingRef()
                            + " has repayments of "
                            + describe(lock.repaid())
                            + "; record the rest of the repayment instead "
                            + "of releasing it",
                    "financingRef",
                    lock.financingRef());
        }
        String at = Inputs.now(stub);
        Lock released = lock.released(why, at, stub.getTxId());
        Document after =
                state.document(lock.documentId()).released(lock.amount(), at, stub.getTxId());
        state.putLock(released, lock);
        state.putDocument(after);
        VerificationEvents.lock(stub, "LockReleased", released, after);
        return new LockReceipt(released, after);
    }

    LockReceipt repay(Caller caller, String documentId, String financingRef, String amountJson) {
        Lock lock = state.lock(Inputs.documentId(documentId), Inputs.financingRef(financingRef));
        VerificationAccess.requireLockingBank(caller, lock, "record a repayment on it");
        requireOwningProduct(lock);
        Money payment = Inputs.amount("amount", amountJson);
        requireLocked(lock);
        Possession.requireSameCurrency(payment, lock.amount(), "amount");
        if (payment.greaterThan(lock.outstanding())) {
            throw BusinessException.of(
                    VerificationErrorCode.REPAYMENT_EXCEEDS_LOCK,
                    "a repayment of "
                            + describe(payment)
                            + " exceeds the "
                            + describe(lock.outstanding())
                            + " still owed on lock "
                            + lock.financingRef(),
                    "financingRef",
                    lock.financingRef(),
                    "outstanding",
                    lock.outstanding().minorUnitsText(),
                    "currency",
                    lock.outstanding().currency());
        }
        Lock after = lock.repaid(payment, Inputs.now(stub), stub.getTxId());
        Document document = state.document(lock.documentId());
        state.putLock(after, lock);
        VerificationEvents.lock(stub, "RepaymentRecorded", after, document);
        return new LockReceipt(after, document);
    }

    /**
     * The product a lock is taken for: the chaincode the transaction entered through when a product
     * (a certificate's financing) locks, none when a bank locks directly. A product's lock changes
     * only through that product: a bank may not free the document behind a financing its product
     * still holds.
     */
    private static String productOf(ChaincodeStub stub) {
        String entry = EntryChaincode.of(stub);
        return DocumentUses.CHAINCODE.equals(entry) ? null : entry;
    }

    private void requireOwningProduct(Lock lock) {
        if (lock.product() != null) {
            UseProducts.require(stub, lock.product());
        }
    }

    private static void requireLocked(Lock lock) {
        if (lock.status() != LockStatus.LOCKED) {
            throw BusinessException.of(
                    VerificationErrorCode.LOCK_NOT_ACTIVE,
                    "lock "
                            + lock.financingRef()
                            + " is "
                            + lock.status()
                            + "; it cannot change any more",
                    "financingRef",
                    lock.financingRef(),
                    "status",
                    lock.status().name());
        }
    }

    private static String describe(Money money) {
        return UseRefusals.describe(money);
    }
}
