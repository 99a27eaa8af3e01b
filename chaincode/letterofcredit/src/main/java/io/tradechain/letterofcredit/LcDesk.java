package io.tradechain.letterofcredit;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.chaincode.common.PartyDirectory;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * What every L/C action shares: the caller's roles in an L/C (from its identity and the L/C's
 * terms, never from an argument), the state machine's guards, and the journal that records each
 * step, rewrites the L/C and emits the event. Dates come from the transaction's timestamp (UTC).
 */
final class LcDesk {
    private final ChaincodeStub stub;
    private final LcState state;
    private final PartyDirectory parties;
    private final Caller caller;
    private String callerParty;

    LcDesk(ChaincodeStub stub, LcState state, PartyDirectory parties, Caller caller) {
        this.stub = stub;
        this.state = state;
        this.parties = parties;
        this.caller = caller;
    }

    LcState state() {
        return state;
    }

    Caller caller() {
        return caller;
    }

    ChaincodeStub stub() {
        return stub;
    }

    /**
     * The credit code of the enterprise the caller acts for (CorpMSP identities bound in the party
     * registry).
     */
    String callerParty() {
        if (callerParty == null) {
            callerParty = parties.callerParty().creditCode();
        }
        return callerParty;
    }

    PartyDirectory parties() {
        return parties;
    }

    /**
     * The L/C's terms, read from the private collection; an organisation that cannot hold an L/C
     * role (and whose peers are not members of the collection, the authority) is refused first.
     */
    LcTerms terms(String lcId) {
        String msp = caller.mspId();
        if (!Organisations.isBank(msp)
                && !Organisations.CORP_MSP.equals(msp)
                && !Organisations.isReadOnly(msp)) {
            throw BusinessException.of(
                    CommonErrorCode.ACCESS_DENIED,
                    "letters of credit are visible to banks, "
                            + "enterprises and the regulator; "
                            + msp
                            + " is none of them",
                    "lcId",
                    lcId);
        }
        return state.terms(lcId);
    }

    Set<LcRole> roles(LcTerms terms) {
        Set<LcRole> roles = EnumSet.noneOf(LcRole.class);
        String msp = caller.mspId();
        if (Organisations.isReadOnly(msp)) {
            roles.add(LcRole.REGULATOR);
        }
        if (msp.equals(terms.issuingBankMsp())) {
            roles.add(LcRole.ISSUING_BANK);
        }
        if (msp.equals(terms.advisingBankMsp())) {
            roles.add(LcRole.ADVISING_BANK);
        }
        if (Organisations.CORP_MSP.equals(msp)) {
            String party = callerParty();
            if (party.equals(terms.applicantCode())) {
                roles.add(LcRole.APPLICANT);
            }
            if (party.equals(terms.beneficiaryCode())) {
                roles.add(LcRole.BENEFICIARY);
            }
        }
        return roles;
    }

    /** A writer holding one of the roles; returns the first of {@code allowed} it holds. */
    LcRole require(LcTerms terms, String action, LcRole... allowed) {
        caller.requireWriter();
        Set<LcRole> roles = roles(terms);
        for (LcRole role : allowed) {
            if (roles.contains(role)) {
                return role;
            }
        }
        String names =
                Arrays.stream(allowed)
                        .map(r -> r.name().toLowerCase().replace('_', ' '))
                        .collect(Collectors.joining(" or "));
        throw BusinessException.of(
                LcErrorCode.NOT_ALLOWED_FOR_ROLE,
                "only the " + names + " of letter of credit " + terms.lcId() + " may " + action,
                "lcId",
                terms.lcId());
    }

    /** The L/C's parties and the regulator read its terms, presentations and timeline. */
    void requireReader(LcTerms terms) {
        if (roles(terms).isEmpty()) {
            throw BusinessException.of(
                    CommonErrorCode.ACCESS_DENIED,
                    "letter of credit "
                            + terms.lcId()
                            + " is visible to its banks, applicant, beneficiary and the regulator",
                    "lcId",
                    terms.lcId());
        }
    }

    static void requireState(LetterOfCredit lc, LcAction action) {
        if (!action.allowedFrom(lc.status())) {
            throw BusinessException.of(
                    LcErrorCode.LC_STATE_CONFLICT,
                    "letter of credit "
                            + lc.lcId()
                            + " is "
                            + lc.status()
                            + "; "
                            + action
                            + " is allowed from "
                            + action.from(),
                    "lcId",
                    lc.lcId(),
                    "status",
                    lc.status().name(),
                    "action",
                    action.name());
        }
    }

    static void requireState(Presentation presentation, PresentationAction action) {
        if (!action.allowedFrom(presentation.status())) {
            throw BusinessException.of(
                    LcErrorCode.PRESENTATION_STATE_CONFLICT,
                    "presentation "
                            + presentation.number()
                            + " of "
                            + presentation.lcId()
                            + " is "
                            + presentation.status()
                            + "; "
                            + action
                            + " is allowed from "
                            + action.from(),
                    "lcId",
                    presentation.lcId(),
                    "presentation",
                    Integer.toString(presentation.number()),
                    "status",
                    presentation.status().name(),
                    "action",
                    action.name());
        }
    }

    /**
     * Records one step: the L/C's step counter moves, the step is written, the L/C is stored and
     * the event set.
     *
     * @return the L/C as stored
     */
    LetterOfCredit record(
            LetterOfCredit after,
            String action,
            int subject,
            String from,
            String to,
            LcRole role,
            String eventType) {
        LetterOfCredit stepped = after.stepped(now(), stub.getTxId());
        state.putStep(
                stepped.lcId(),
                new Step(
                        stepped.steps(),
                        action,
                        subject,
                        from,
                        to,
                        caller.mspId(),
                        role == null ? null : role.name(),
                        caller.commonName(),
                        now(),
                        stub.getTxId()));
        state.putLc(stepped);
        LcEvents.emit(stub, eventType, stepped, subject, to);
        return stepped;
    }

    LocalDate today() {
        return LocalDate.ofInstant(stub.getTxTimestamp(), ZoneOffset.UTC);
    }

    String now() {
        return stub.getTxTimestamp().toString();
    }
}
