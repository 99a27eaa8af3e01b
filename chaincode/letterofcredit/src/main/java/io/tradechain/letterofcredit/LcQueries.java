package io.tradechain.letterofcredit;

import io.tradechain.chaincode.common.Organisations;
import io.tradechain.chaincode.common.Page;
import io.tradechain.chaincode.common.PageRequest;

/**
 * Reads: public records for every member, terms, details and the timeline for the L/C's parties and
 * the regulator.
 */
final class LcQueries {
    private final LcDesk desk;

    LcQueries(LcDesk desk) {
        this.desk = desk;
    }

    LetterOfCredit lc(String lcId) {
        return desk.state().lc(lcId);
    }

    LcTerms terms(String lcId) {
        LcTerms terms = desk.terms(lcId);
        desk.requireReader(terms);
        return terms;
    }

    Presentation presentation(String lcId, int number) {
        return desk.state().presentation(lcId, number);
    }

    PresentationDetails details(String lcId, int number) {
        desk.requireReader(desk.terms(lcId));
        return desk.state().details(lcId, number);
    }

    Amendment amendment(String lcId, int number) {
        desk.requireReader(desk.terms(lcId));
        return desk.state().amendment(lcId, number);
    }

    Timeline timeline(String lcId) {
        desk.requireReader(desk.terms(lcId));
        LetterOfCredit lc = desk.state().lc(lcId);
        return new Timeline(lc, desk.state().presentations(lc), desk.state().steps(lc));
    }

    /**
     * The L/Cs the caller takes part in: its bank's, or its enterprise's; the regulator names whose
     * it wants.
     */
    Page<LetterOfCredit> mine(String participant, PageRequest page) {
        String msp = desk.caller().mspId();
        String who;
        if (Organisations.isReadOnly(msp)) {
            who = participant == null || participant.isEmpty() ? msp : participant;
        } else if (Organisations.CORP_MSP.equals(msp)) {
            who = desk.callerParty();
        } else {
            who = msp;
        }
        return desk.state().lcsOf(who, page);
    }
}
