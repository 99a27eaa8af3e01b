package io.tradechain.letterofcredit;

/**
 * One line of an L/C's timeline: what was done, to which presentation or amendment (0: the L/C
 * itself), the states before and after, who did it (organisation, role, common name of the
 * certificate) and when.
 */
public record Step(
        int seq,
        String action,
        int subject,
        String from,
        String to,
        String actorMsp,
        String actorRole,
        String actorName,
        String at,
        String txId) {}
