package io.tradechain.blacklist;

/**
 * The private reason of one change of a report: an appeal (collection {@code blacklistAppeals}, key
 * {@code appealNote / <reportId> / <txId>}) or a rejected appeal or a delisting (collection {@code
 * blacklistDetails}, key {@code reportNote / <reportId> / <txId>}).
 *
 * @param reportId the report changed
 * @param version the report's version after the change (orders the notes)
 * @param action what the change did
 * @param reason why, as given
 * @param actorMsp the organisation of the identity that made the change
 * @param actorId its client id
 * @param actorCreditCode the party the appellant acts for; null for a bank's change
 * @param at ISO-8601 timestamp of the transaction
 * @param txId the transaction
 */
public record ReportNote(
        String reportId,
        long version,
        ReportAction action,
        String reason,
        String actorMsp,
        String actorId,
        String actorCreditCode,
        String at,
        String txId) {}
