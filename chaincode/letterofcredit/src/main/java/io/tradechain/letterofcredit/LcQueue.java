package io.tradechain.letterofcredit;

import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.chaincode.common.Page;
import io.tradechain.chaincode.common.PageRequest;
import io.tradechain.chaincode.common.QueueSubject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The work queue of L/Cs awaiting a participant's action: a bank (by its MSP id) or an enterprise
 * (by its credit code) sees the L/Cs it takes part in that await something from one of its roles,
 * and what; the regulator sees any participant's, or, naming none, every L/C that awaits anything
 * from anyone. A page may hold fewer items than the ledger read ({@code fetchedCount}): L/Cs
 * awaiting nothing from the participant are left out.
 */
final class LcQueue {
    private final LcDesk desk;

    LcQueue(LcDesk desk) {
        this.desk = desk;
    }

    /**
     * One L/C of the queue: public status, the participant's roles and what they await (no terms).
     */
    record Item(
            String lcId,
            LcStatus status,
            String issuingBankMsp,
            String advisingBankMsp,
            List<LcRole> roles,
            List<AwaitedActions.Awaited> awaiting,
            String updatedAt) {}

    Page<Item> awaiting(String participant, PageRequest page) {
        String subject = subject(participant == null ? "" : participant);
        if (subject.isEmpty()) {
            Page<LetterOfCredit> all = desk.state().allLcs(page);
            return keep(all, lc -> item(lc, null));
        }
        Page<LetterOfCredit> mine = desk.state().lcsOf(subject, page);
        return keep(mine, lc -> item(lc, subject));
    }

    /**
     * Whose queue: the caller's own bank or party, or for the regulator the one named ({@code ""}:
     * everyone's).
     */
    private String subject(String participant) {
        String msp = desk.caller().mspId();
        if (Organisations.isBank(msp)
                || Organisations.isReadOnly(msp) && Organisations.isBank(participant)) {
            return QueueSubject.bank(desk.caller(), participant);
        }
        if (Organisations.CORP_MSP.equals(msp)) {
            return QueueSubject.party(desk.caller(), participant, desk::callerParty);
        }
        if (Organisations.isReadOnly(msp)) {
            return participant.isEmpty() ? "" : Args.creditCode("participant", participant);
        }
        throw BusinessException.of(
                CommonErrorCode.ACCESS_DENIED,
                "letters of credit are visible to banks, "
                        + "enterprises and the regulator; "
                        + msp
                        + " is none of them",
                "mspId",
                msp);
    }

    private Item item(LetterOfCredit lc, String subject) {
        LcTerms terms = desk.state().terms(lc.lcId());
        Set<LcRole> roles =
                subject == null ? EnumSet.of(LcRole.REGULATOR) : rolesOf(subject, terms);
        List<AwaitedActions.Awaited> awaited =
                AwaitedActions.of(lc, terms, desk.state().presentations(lc), desk.today()).stream()
                        .filter(a -> subject == null || roles.contains(a.role()))
                        .toList();
        return awaited.isEmpty()
                ? null
                : new Item(
                        lc.lcId(),
                        lc.status(),
                        lc.issuingBankMsp(),
                        lc.advisingBankMsp(),
                        List.copyOf(roles),
                        awaited,
                        lc.updatedAt());
    }

    private static Set<LcRole> rolesOf(String subject, LcTerms terms) {
        Set<LcRole> roles = EnumSet.noneOf(LcRole.class);
        if (subject.equals(terms.issuingBankMsp())) {
            roles.add(LcRole.ISSUING_BANK);
        }
        if (subject.equals(terms.advisingBankMsp())) {
            roles.add(LcRole.ADVISING_BANK);
        }
        if (subject.equals(terms.applicantCode())) {
            roles.add(LcRole.APPLICANT);
        }
        if (subject.equals(terms.beneficiaryCode())) {
            roles.add(LcRole.BENEFICIARY);
        }
        return roles;
    }

    private static Page<Item> keep(
            Page<LetterOfCredit> page, java.util.function.Function<LetterOfCredit, Item> f) {
        List<Item> items = new ArrayList<>();
        for (LetterOfCredit lc : page.items()) {
            Item item = f.apply(lc);
            if (item != null) {
                items.add(item);
            }
        }
        return new Page<>(items, page.bookmark(), page.fetchedCount());
    }
}
