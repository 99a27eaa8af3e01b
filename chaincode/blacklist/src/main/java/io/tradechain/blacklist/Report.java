package io.tradechain.blacklist;

/**
 * One bank's report on one party, in the public state under {@code report / <reportId>}. It names
 * the party only by the SHA-256 of its credit code; the code and every detail are in the private
 * collection ({@link ReportDetails}). Each change writes a new version, so the key's history is the
 * report's history.
 *
 * @param reportId the id of the transaction that filed it
 * @param codeHash SHA-256 (lowercase hex) of the reported party's credit code
 * @param category why the party was reported
 * @param reporterMsp the reporting bank's organisation; only it changes the report
 * @param status where the report stands
 * @param version 1 when filed, plus one per change
 * @param lastAction what the latest change did
 * @param appeals how many times the party appealed
 * @param reportedAt ISO-8601 timestamp of the filing transaction
 * @param updatedAt ISO-8601 timestamp of the latest change
 * @param updatedTxId the transaction of the latest change
 */
public record Report(
        String reportId,
        String codeHash,
        ReportCategory category,
        String reporterMsp,
        ReportStatus status,
        long version,
        ReportAction lastAction,
        int appeals,
        String reportedAt,
        String updatedAt,
        String updatedTxId) {

    /** A report as filed. */
    static Report filed(
            String reportId,
            String codeHash,
            ReportCategory category,
            String reporterMsp,
            String at) {
        return new Report(
                reportId,
                codeHash,
                category,
                reporterMsp,
                ReportStatus.ACTIVE,
                1,
                ReportAction.REPORTED,
                0,
                at,
                at,
                reportId);
    }

    /** The next version after an action that leaves the report in {@code newStatus}. */
    Report after(ReportAction action, ReportStatus newStatus, String at, String txId) {
        int appealCount = action == ReportAction.APPEALED ? appeals + 1 : appeals;
        return new Report(
                reportId,
                codeHash,
                category,
                reporterMsp,
                newStatus,
                version + 1,
                action,
                appealCount,
                reportedAt,
                at,
                txId);
    }

    /** The report as its party's listing shows it. */
    ListedReport listed() {
        return new ListedReport(reportId, reporterMsp, category, status);
    }
}
