package io.tradechain.verification;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.EntityStore;
import io.tradechain.chaincode.common.Hashes;
import io.tradechain.chaincode.common.Index;
import io.tradechain.chaincode.common.Page;
import io.tradechain.chaincode.common.PageRequest;
import io.tradechain.chaincode.common.PrivateEntityStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** The keys and stores of the verification chaincode (see README "What it keeps"). */
final class VerificationState {
    static final String DOCUMENT = "vdoc";
    static final String LOCK = "vlock";
    static final String BACKING = "vback";
    static final String AUTHORISATION = "vauth";
    static final String OWNER_INDEX = "vdoc-owner";

    /**
     * Active (LOCKED) locks by the bank holding them: {@code vlock-bank} + bankMsp +
     * documentId:financingRef.
     */
    static final String BANK_LOCK_INDEX = "vlock-bank";

    static final String FIELD_CLASS = "vfield";
    static final String RECORD = "vrecord";

    /** Locks listed with a document at most; more are still kept, the view says how many. */
    static final int MAX_LOCKS_SHOWN = 200;

    private final EntityStore<Document> documents;
    private final EntityStore<Lock> locks;
    private final EntityStore<Backing> backings;
    private final EntityStore<Authorisation> authorisations;
    private final Index byOwner;
    private final Index locksByBank;
    private final PrivateEntityStore<Object> fieldClasses;
    private final PrivateEntityStore<StoredDocument> records;

    VerificationState(ChaincodeStub stub) {
        this.documents = new EntityStore<>(stub, DOCUMENT, Document.class);
        this.locks = new EntityStore<>(stub, LOCK, Lock.class);
        this.backings = new EntityStore<>(stub, BACKING, Backing.class);
        this.authorisations = new EntityStore<>(stub, AUTHORISATION, Authorisation.class);
        this.byOwner = new Index(stub, OWNER_INDEX);
        this.locksByBank = new Index(stub, BANK_LOCK_INDEX);
        this.fieldClasses =
                new PrivateEntityStore<>(
                        stub, VerificationCollections.DOCUMENTS, FIELD_CLASS, Object.class);
        this.records =
                new PrivateEntityStore<>(
                        stub, VerificationCollections.DOCUMENTS, RECORD, StoredDocument.class);
    }

    Optional<Document> findDocument(String documentId) {
        return documents.find(documentId);
    }

    Document document(String documentId) {
        return findDocument(documentId)
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        VerificationErrorCode.DOCUMENT_NOT_FOUND,
                                        "no document " + documentId + " is registered",
                                        "documentId",
                                        documentId));
    }

    void insertDocument(Document document, DocumentFields fields, StoredDocument record) {
        documents.insert(document, document.documentId());
        byOwner.add(document.ownerHash(), document.documentId());
        for (Map.Entry<FieldClass, ?> entry : fields.classValues().entrySet()) {
            fieldClasses.insert(entry.getValue(), document.documentId(), entry.getKey().name());
        }
        records.insert(record, document.documentId());
    }

    void putDocument(Document document) {
        documents.put(document, document.documentId());
    }

    /** The SHA-256 the ledger holds for one field class of a document, if that class is stored. */
    Optional<String> classHash(String documentId, FieldClass fieldClass) {
        return fieldClasses.hashHex(documentId, fieldClass.name());
    }

    /** The SHA-256 a submitted class value would have. */
    static String hashOf(Object classValue) {
        return Hashes.sha256Hex(CanonicalJson.toBytes(classValue));
    }

    StoredDocument record(String documentId) {
        return records.find(documentId)
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        VerificationErrorCode.DOCUMENT_NOT_FOUND,
                                        "no document " + documentId + " is registered",
                                        "documentId",
                                        documentId));
    }

    Page<String> documentIdsOf(String ownerHash, PageRequest page) {
        return byOwner.page(page, ownerHash);
    }

    Optional<Lock> findLock(String documentId, String financingRef) {
        return locks.find(documentId, financingRef);
    }

    Lock lock(String documentId, String financingRef) {
        return findLock(documentId, financingRef)
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        VerificationErrorCode.LOCK_NOT_FOUND,
                                        "document " + documentId + " has no lock " + financingRef,
                                        "documentId",
                                        documentId,
                                        "financingRef",
                                        financingRef));
    }

    void insertLock(Lock lock) {
        locks.insert(lock, lock.documentId(), lock.financingRef());
        if (lock.status() == LockStatus.LOCKED) {
            locksByBank.add(lock.bankMsp(), lockId(lock));
        }
    }

    /**
     * Writes a changed lock and keeps its bank's queue of held locks in step (status and holder).
     */
    void putLock(Lock lock, Lock before) {
        locks.put(lock, lock.documentId(), lock.financingRef());
        boolean wasHeld = before.status() == LockStatus.LOCKED;
        boolean isHeld = lock.status() == LockStatus.LOCKED;
        if (wasHeld && isHeld && before.bankMsp().equals(lock.bankMsp())) {
            return;
        }
        if (wasHeld) {
            locksByBank.remove(before.bankMsp(), lockId(before));
        }
        if (isHeld) {
            locksByBank.add(lock.bankMsp(), lockId(lock));
        }
    }

    /** The locks a bank holds (every bank's for {@code ""}), in key order; evaluate only. */
    Page<Lock> heldLocks(String bankMsp, PageRequest page) {
        String[] leading = bankMsp.isEmpty() ? new String[0] : new String[] {bankMsp};
        return locksByBank
                .page(page, leading)
                .map(
                        id -> {
                            int cut = id.indexOf(':');
                            return lock(id.substring(0, cut), id.substring(cut + 1));
                        });
    }

    /**
     * A lock's id in the bank index: the document id (hex, no colon) and the financing reference.
     */
    private static String lockId(Lock lock) {
        return lock.documentId() + ":" + lock.financingRef();
    }

    /**
     * The first locks of a document in key (financing reference) order; evaluate only (paginated
     * query).
     */
    List<Lock> locksOf(String documentId) {
        return locks.list(PageRequest.of(MAX_LOCKS_SHOWN, ""), documentId).items();
    }

    Optional<Backing> findBacking(String documentId, String product, String reference) {
        return backings.find(documentId, product, reference);
    }

    Backing backing(String documentId, String product, String reference) {
        return findBacking(documentId, product, reference)
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        VerificationErrorCode.BACKING_NOT_FOUND,
                                        "document "
                                                + documentId
                                                + " backs no "
                                                + product
                                                + " "
                                                + reference,
                                        "documentId",
                                        documentId,
                                        "product",
                                        product,
                                        "reference",
                                        reference));
    }

    void putBacking(Backing backing) {
        backings.put(backing, backing.documentId(), backing.product(), backing.reference());
    }

    Optional<Authorisation> findAuthorisation(String ownerHash, String bankMsp) {
        return authorisations.find(ownerHash, bankMsp);
    }

    void putAuthorisation(Authorisation authorisation) {
        authorisations.put(authorisation, authorisation.ownerHash(), authorisation.bankMsp());
    }

    /** The authorisations a party granted, in bank order; evaluate only. */
    List<Authorisation> authorisationsOf(String ownerHash) {
        return authorisations.list(PageRequest.of(MAX_LOCKS_SHOWN, ""), ownerHash).items();
    }
}
