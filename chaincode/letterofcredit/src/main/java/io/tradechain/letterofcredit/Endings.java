package io.tradechain.letterofcredit;

import io.tradechain.chaincode.common.BusinessException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Expiry, cancellation with every party's consent, and closing (闭卷). */
final class Endings {
    /** The roles whose consent cancels an irrevocable L/C. */
    static final List<LcRole> CANCEL_PARTIES =
            List.of(LcRole.APPLICANT, LcRole.BENEFICIARY, LcRole.ISSUING_BANK);

    private final LcDesk desk;

    Endings(LcDesk desk) {
        this.desk = desk;
    }

    LetterOfCredit expire(String lcId) {
        LetterOfCredit lc = desk.state().lc(lcId);
        LcTerms terms = desk.terms(lcId);
        LcRole role =
                desk.require(
                        terms,
                        "mark it expired",
                        LcRole.ISSUING_BANK,
                        LcRole.ADVISING_BANK,
                        LcRole.APPLICANT,
                        LcRole.BENEFICIARY);
        LcDesk.requireState(lc, LcAction.EXPIRE);
        if (!desk.today().isAfter(LocalDate.parse(terms.expiryDate()))) {
            throw BusinessException.of(
                    LcErrorCode.LC_NOT_EXPIRED,
                    "letter of credit " + lcId + " expires on " + terms.expiryDate(),
                    "lcId",
                    lcId);
        }
        requireNothingOpen(lc);
        return desk.record(
                lc.withStatus(LcStatus.EXPIRED),
                LcAction.EXPIRE.name(),
                0,
                lc.status().name(),
                LcStatus.EXPIRED.name(),
                role,
                "LcExpired");
    }

    LetterOfCredit consentToCancel(String lcId) {
        LetterOfCredit lc = desk.state().lc(lcId);
        LcTerms terms = desk.terms(lcId);
        LcRole role =
                desk.require(terms, "consent to cancel it", CANCEL_PARTIES.toArray(LcRole[]::new));
        LcDesk.requireState(lc, LcAction.CONSENT_TO_CANCEL);
        requireNothingOpen(lc);
        if (lc.cancelConsents().contains(role.name())) {
            throw BusinessException.of(
                    LcErrorCode.ALREADY_CONSENTED,
                    "the " + role + " consented already",
                    "lcId",
                    lcId);
        }
        TreeSet<String> consents = new TreeSet<>(lc.cancelConsents());
        consents.add(role.name());
        boolean all = CANCEL_PARTIES.stream().allMatch(r -> consents.contains(r.name()));
        LetterOfCredit after = lc.withConsents(new ArrayList<>(consents));
        if (all) {
            after = after.withStatus(LcStatus.CANCELLED);
        }
        return desk.record(
                after,
                LcAction.CONSENT_TO_CANCEL.name(),
                0,
                lc.status().name(),
                after.status().name(),
                role,
                all ? "LcCancelled" : "LcCancellationConsented");
    }

    LetterOfCredit close(String lcId) {
        LetterOfCredit lc = desk.state().lc(lcId);
        LcRole role = desk.require(desk.terms(lcId), "close it", LcRole.ISSUING_BANK);
        LcDesk.requireState(lc, LcAction.CLOSE);
        requireNothingOpen(lc);
        return desk.record(
                lc.withStatus(LcStatus.CLOSED),
                LcAction.CLOSE.name(),
                0,
                lc.status().name(),
                LcStatus.CLOSED.name(),
                role,
                "LcClosed");
    }

    private void requireNothingOpen(LetterOfCredit lc) {
        long open =
                desk.state().presentations(lc).stream().filter(p -> p.status().isOpen()).count();
        if (open > 0) {
            throw BusinessException.of(
                    LcErrorCode.PRESENTATIONS_OPEN,
                    "letter of credit "
                            + lc.lcId()
                            + " has "
                            + open
                            + " presentation(s) not yet paid or refused",
                    "lcId",
                    lc.lcId());
        }
    }
}
