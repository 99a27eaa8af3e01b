package io.tradechain.letterofcredit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a letter of credit awaits, and from which role: derived from its state, its pending
 * amendment and cancellation consents, its presentations and the transaction's date, never stored
 * (so it cannot drift from the state machine). The order is stable: the L/C's own actions first,
 * then each presentation's in number order.
 */
final class AwaitedActions {
    private AwaitedActions() {}

    /**
     * One action some party of the L/C is expected to take.
     *
     * @param role the L/C role that takes it
     * @param action what is awaited, e.g. {@code EXAMINE} (README: work queue)
     * @param presentation the presentation it concerns, or null for the L/C itself
     */
    record Awaited(LcRole role, String action, Integer presentation) {}

    static List<Awaited> of(
            LetterOfCredit lc, LcTerms terms, List<Presentation> presentations, LocalDate today) {
        List<Awaited> awaited = new ArrayList<>();
        boolean anyOpen = presentations.stream().anyMatch(p -> p.status().isOpen());
        switch (lc.status()) {
            case APPLIED -> awaited.add(new Awaited(LcRole.ISSUING_BANK, "ISSUE_OR_DECLINE", null));
            case ISSUED, ADVISED -> {
                if (lc.status() == LcStatus.ISSUED) {
                    awaited.add(new Awaited(LcRole.ADVISING_BANK, "ADVISE", null));
                }
                if (lc.pendingAmendment() != null) {
                    awaited.add(new Awaited(LcRole.BENEFICIARY, "DECIDE_AMENDMENT", null));
                }
                if (!lc.cancelConsents().isEmpty()) {
                    for (LcRole role : Endings.CANCEL_PARTIES) {
                        if (!lc.cancelConsents().contains(role.name())) {
                            awaited.add(new Awaited(role, "CONSENT_TO_CANCEL", null));
                        }
                    }
                }
                if (!anyOpen && today.isAfter(LocalDate.parse(terms.expiryDate()))) {
                    awaited.add(new Awaited(LcRole.ISSUING_BANK, "MARK_EXPIRED", null));
                }
            }
            case DECLINED, USED, EXPIRED, CANCELLED -> {
                if (!anyOpen) {
                    awaited.add(new Awaited(LcRole.ISSUING_BANK, "CLOSE", null));
                }
            }
            case CLOSED -> {
                // nothing more can happen
            }
            default ->
                    throw new IllegalStateException(
                            "no awaited actions defined for " + lc.status());
        }
        for (Presentation p : presentations) {
            Integer n = p.number();
            switch (p.status()) {
                case PRESENTED ->
                        awaited.add(new Awaited(LcRole.ISSUING_BANK, "RECEIVE_DOCUMENTS", n));
                case RECEIVED -> awaited.add(new Awaited(LcRole.ISSUING_BANK, "EXAMINE", n));
                case DISCREPANT -> awaited.add(new Awaited(LcRole.APPLICANT, "WAIVE_OR_REFUSE", n));
                case COMPLIANT ->
                        awaited.add(
                                new Awaited(
                                        LcRole.ISSUING_BANK,
                                        terms.usanceDays() > 0 ? "ACCEPT" : "PAY",
                                        n));
                case ACCEPTED -> {
                    if (p.pendingTransferTo() != null) {
                        awaited.add(new Awaited(LcRole.ISSUING_BANK, "ACKNOWLEDGE_TRANSFER", n));
                    }
                    if (!today.isBefore(LocalDate.parse(p.maturityDate()))) {
                        awaited.add(new Awaited(LcRole.ISSUING_BANK, "PAY", n));
                    }
                }
                case REFUSED, PAID -> {
                    // settled one way or the other
                }
                default ->
                        throw new IllegalStateException(
                                "no awaited actions defined for " + p.status());
            }
        }
        return awaited;
    }
}
