package io.tradechain.letterofcredit;

import java.util.EnumSet;
import java.util.Set;

/**
 * The actions on a letter of credit itself and the L/C states each may start from: the state
 * machine's table, in one place, checked by every action before anything else is read. {@link
 * PresentationAction} holds the table of the actions on one presentation.
 */
public enum LcAction {
    APPLY(EnumSet.noneOf(LcStatus.class)),
    DECLINE(EnumSet.of(LcStatus.APPLIED)),
    ISSUE(EnumSet.of(LcStatus.APPLIED)),
    ADVISE(EnumSet.of(LcStatus.ISSUED)),
    PROPOSE_AMENDMENT(EnumSet.of(LcStatus.ISSUED, LcStatus.ADVISED)),
    ACCEPT_AMENDMENT(EnumSet.of(LcStatus.ISSUED, LcStatus.ADVISED)),
    REJECT_AMENDMENT(EnumSet.of(LcStatus.ISSUED, LcStatus.ADVISED)),
    PRESENT(EnumSet.of(LcStatus.ADVISED)),
    EXPIRE(EnumSet.of(LcStatus.ISSUED, LcStatus.ADVISED)),
    CONSENT_TO_CANCEL(EnumSet.of(LcStatus.ISSUED, LcStatus.ADVISED)),
    CLOSE(EnumSet.of(LcStatus.DECLINED, LcStatus.USED, LcStatus.EXPIRED, LcStatus.CANCELLED));

    private final EnumSet<LcStatus> from;

    LcAction(EnumSet<LcStatus> from) {
        this.from = from;
    }

    /** The states this action may start from. */
    public Set<LcStatus> from() {
        return EnumSet.copyOf(from);
    }

    boolean allowedFrom(LcStatus status) {
        return from.contains(status);
    }
}
