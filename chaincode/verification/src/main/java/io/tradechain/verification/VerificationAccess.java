package io.tradechain.verification;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.chaincode.common.PartyDirectory;
import java.time.LocalDate;

/**
 * Who may do what (README "Who may do what"). The authority registers and voids, banks verify and
 * lock, an enterprise authorises banks; the authority and the regulator read everything; a bank
 * reads a party's documents only under a live authorisation from it (or a document it holds a lock
 * on). The regulator writes nothing.
 */
final class VerificationAccess {
    private VerificationAccess() {}

    static boolean isBank(String mspId) {
        return Organisations.isBank(mspId);
    }

    /**
     * The authority and the regulator: members of the document collection, readers of every
     * document.
     */
    static boolean seesEverything(Caller caller) {
        return Organisations.AUTHORITY_MSP.equals(caller.mspId())
                || Organisations.isReadOnly(caller.mspId());
    }

    static void requireAuthorityWriter(Caller caller, String action) {
        caller.requireWriter();
        caller.requireMsp(Organisations.AUTHORITY_MSP);
    }

    static void requireBankWriter(Caller caller, String action) {
        caller.requireBankWriter(action);
    }

    /**
     * Verification answers banks, the authority and the regulator only. Its answer carries a
     * document's balance, so an enterprise named on an invoice (its buyer, say) would learn what
     * others financed on it.
     */
    static void requireVerifier(Caller caller) {
        if (!isBank(caller.mspId()) && !seesEverything(caller)) {
            throw BusinessException.of(
                    CommonErrorCode.WRONG_ORGANISATION,
                    "verification answers banks, the "
                            + "authority and the regulator; an enterprise would learn what others financed on a document it "
                            + "merely names ("
                            + caller.mspId()
                            + ")",
                    "mspId",
                    caller.mspId());
        }
    }

    /** The lock belongs to the caller's bank. */
    static void requireLockingBank(Caller caller, Lock lock, String action) {
        requireBankWriter(caller, action);
        if (!lock.bankMsp().equals(caller.mspId())) {
            throw BusinessException.of(
                    VerificationErrorCode.NOT_THE_LOCKING_BANK,
                    "lock "
                            + lock.financingRef()
                            + " belongs to "
                            + lock.bankMsp()
                            + "; "
                            + caller.mspId()
                            + " may not "
                            + action,
                    "financingRef",
                    lock.financingRef(),
                    "mspId",
                    caller.mspId());
        }
    }

    /**
     * True if the caller acts for the party with this owner hash (party registry, never an
     * argument).
     */
    static boolean isOwner(Caller caller, String ownerHash, PartyDirectory parties) {
        return Organisations.CORP_MSP.equals(caller.mspId())
                && OwnerHash.of(parties.callerParty().creditCode()).equals(ownerHash);
    }

    /**
     * May the caller read the documents of this owner? The authority, the regulator, the owner
     * itself, and a bank under a live authorisation; {@code holdsLock} lets a bank read a document
     * it financed without one.
     */
    static void requireMayQuery(
            Caller caller,
            String ownerHash,
            boolean holdsLock,
            LocalDate today,
            VerificationState state,
            PartyDirectory parties) {
        if (seesEverything(caller)) {
            return;
        }
        if (isBank(caller.mspId())) {
            if (!holdsLock) {
                requireLiveAuthorisation(caller.mspId(), ownerHash, today, state);
            }
            return;
        }
        if (!isOwner(caller, ownerHash, parties)) {
            throw BusinessException.of(
                    CommonErrorCode.ACCESS_DENIED,
                    "an identity of "
                            + caller.mspId()
                            + " may read only the documents of the party it acts for",
                    "mspId",
                    caller.mspId());
        }
    }

    private static void requireLiveAuthorisation(
            String bankMsp, String ownerHash, LocalDate today, VerificationState state) {
        Authorisation authorisation =
                state.findAuthorisation(ownerHash, bankMsp)
                        .orElseThrow(
                                () ->
                                        BusinessException.of(
                                                VerificationErrorCode.AUTHORISATION_REQUIRED,
                                                bankMsp
                                                        + " has no "
                                                        + "authorisation from this party to query its documents",
                                                "mspId",
                                                bankMsp));
        switch (authorisation.statusOn(today)) {
            case ACTIVE -> {}
            case EXPIRED ->
                    throw BusinessException.of(
                            VerificationErrorCode.AUTHORISATION_EXPIRED,
                            "the party's "
                                    + "authorisation of "
                                    + bankMsp
                                    + " expired on "
                                    + authorisation.expiresOn()
                                    + " (today is "
                                    + today
                                    + ")",
                            "mspId",
                            bankMsp,
                            "expiresOn",
                            authorisation.expiresOn());
            case REVOKED ->
                    throw BusinessException.of(
                            VerificationErrorCode.AUTHORISATION_REVOKED,
                            "the party "
                                    + "revoked its authorisation of "
                                    + bankMsp
                                    + " at "
                                    + authorisation.revokedAt(),
                            "mspId",
                            bankMsp);
        }
    }
}
