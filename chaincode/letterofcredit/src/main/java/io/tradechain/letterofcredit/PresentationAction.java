package io.tradechain.letterofcredit;

import java.util.EnumSet;
import java.util.Set;

/**
 * The actions on one presentation and the presentation states each may start from (see {@link
 * LcAction}).
 */
public enum PresentationAction {
    RECEIVE(EnumSet.of(PresentationStatus.PRESENTED)),
    EXAMINE(EnumSet.of(PresentationStatus.RECEIVED)),
    WAIVE(EnumSet.of(PresentationStatus.DISCREPANT)),
    REFUSE(EnumSet.of(PresentationStatus.DISCREPANT)),
    ACCEPT(EnumSet.of(PresentationStatus.COMPLIANT)),
    NEGOTIATE(EnumSet.of(PresentationStatus.COMPLIANT, PresentationStatus.ACCEPTED)),
    PAY(EnumSet.of(PresentationStatus.COMPLIANT, PresentationStatus.ACCEPTED)),
    CONSENT_TO_TRANSFER(EnumSet.of(PresentationStatus.ACCEPTED)),
    ACKNOWLEDGE_TRANSFER(EnumSet.of(PresentationStatus.ACCEPTED));

    private final EnumSet<PresentationStatus> from;

    PresentationAction(EnumSet<PresentationStatus> from) {
        this.from = from;
    }

    /** The states this action may start from. */
    public Set<PresentationStatus> from() {
        return EnumSet.copyOf(from);
    }

    boolean allowedFrom(PresentationStatus status) {
        return from.contains(status);
    }
}
