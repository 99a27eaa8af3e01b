package io.tradechain.verification;

import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.chaincode.common.Page;
import io.tradechain.chaincode.common.PageRequest;
import io.tradechain.chaincode.common.PartyDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The reads: verification, documents with their locks, a party's documents, the authority's copy,
 * authorisations.
 */
final class VerificationQueries {
    private final ChaincodeStub stub;
    private final VerificationState state;
    private final PartyDirectory parties;

    VerificationQueries(ChaincodeStub stub, VerificationState state, PartyDirectory parties) {
        this.stub = stub;
        this.state = state;
        this.parties = parties;
    }

    BatchVerification verify(Caller caller) {
        VerificationAccess.requireVerifier(caller);
        DocumentSubmission[] submissions = Inputs.submissions(stub);
        if (submissions.length == 0) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    "documents must hold at least one document",
                    "field",
                    Inputs.DOCUMENTS);
        }
        if (submissions.length > Inputs.MAX_BATCH) {
            throw BusinessException.of(
                    VerificationErrorCode.BATCH_TOO_LARGE,
                    submissions.length
                            + " documents in one "
                            + "verification; at most "
                            + Inputs.MAX_BATCH,
                    "field",
                    Inputs.DOCUMENTS,
                    "limit",
                    Integer.toString(Inputs.MAX_BATCH));
        }
        Verifier verifier = new Verifier(state);
        List<VerificationResult> results = new ArrayList<>(submissions.length);
        for (int i = 0; i < submissions.length; i++) {
            DocumentFields fields =
                    DocumentInputs.check(submissions[i], "documents[" + i + "].", null, null);
            results.add(verifier.verify(i, fields));
        }
        return BatchVerification.of(results);
    }

    DocumentView document(Caller caller, String documentId) {
        Document document = state.document(Inputs.documentId(documentId));
        List<Lock> locks = state.locksOf(document.documentId());
        boolean holdsLock = locks.stream().anyMatch(lock -> lock.bankMsp().equals(caller.mspId()));
        VerificationAccess.requireMayQuery(
                caller, document.ownerHash(), holdsLock, today(), state, parties);
        return new DocumentView(document, locks);
    }

    Page<Document> documentsOf(Caller caller, String ownerCode, PageRequest page) {
        String ownerHash = OwnerHash.of(Args.creditCode("ownerCode", ownerCode));
        VerificationAccess.requireMayQuery(caller, ownerHash, false, today(), state, parties);
        return state.documentIdsOf(ownerHash, page).map(state::document);
    }

    StoredDocument fields(Caller caller, String documentId) {
        if (!VerificationAccess.seesEverything(caller)) {
            throw BusinessException.of(
                    CommonErrorCode.ACCESS_DENIED,
                    "the authority's copy of a document is "
                            + "visible to the authority and the regulator only",
                    "mspId",
                    caller.mspId());
        }
        return state.record(Inputs.documentId(documentId));
    }

    /**
     * All of a party's authorisations for the party itself, the authority and the regulator; a bank
     * sees its own.
     */
    List<Authorisation> authorisationsOf(Caller caller, String ownerCode) {
        String ownerHash = OwnerHash.of(Args.creditCode("ownerCode", ownerCode));
        LocalDate today = today();
        List<Authorisation> all = state.authorisationsOf(ownerHash);
        if (VerificationAccess.isBank(caller.mspId())) {
            return all.stream()
                    .filter(a -> a.bankMsp().equals(caller.mspId()))
                    .map(a -> a.asOf(today))
                    .toList();
        }
        // The authority sees every document but not whom an enterprise lets query them: that is
        // between the
        // enterprise, the bank concerned and the regulator.
        if (!Organisations.isReadOnly(caller.mspId())
                && !VerificationAccess.isOwner(caller, ownerHash, parties)) {
            throw BusinessException.of(
                    CommonErrorCode.ACCESS_DENIED,
                    "an identity of "
                            + caller.mspId()
                            + " may read only the authorisations of the party it acts for",
                    "mspId",
                    caller.mspId());
        }
        return all.stream().map(a -> a.asOf(today)).toList();
    }

    private LocalDate today() {
        return Inputs.today(stub);
    }
}
