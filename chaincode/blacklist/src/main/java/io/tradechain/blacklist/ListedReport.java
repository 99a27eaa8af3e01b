package io.tradechain.blacklist;

/**
 * One report as the party's {@link Listing} shows it: enough to tell the reporters apart, nothing
 * private.
 *
 * @param reportId the report's id
 * @param reporterMsp the reporting bank
 * @param category why it reported
 * @param status where the report stands
 */
public record ListedReport(
        String reportId, String reporterMsp, ReportCategory category, ReportStatus status) {}
