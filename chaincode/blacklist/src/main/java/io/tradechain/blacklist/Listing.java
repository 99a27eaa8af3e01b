package io.tradechain.blacklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A party on the blacklist, in the public state under {@code listing / sha256(creditCode)}: the
 * reports of every bank kept apart, and what they add up to. Built only through {@link #first} and
 * {@link #with}, which derive status, categories and count from the reports, so the stored summary
 * always matches them.
 *
 * @param codeHash SHA-256 (lowercase hex) of the party's credit code
 * @param status LISTED, APPEALED or DELISTED, from the reports
 * @param categories the categories of the reports in force, sorted by name, no duplicates
 * @param activeReports how many reports are in force
 * @param reports every report ever filed on the party, in filing order
 * @param version 1 when first reported, plus one per change of any of its reports
 * @param updatedAt ISO-8601 timestamp of the latest change
 * @param updatedTxId the transaction of the latest change
 */
public record Listing(
        String codeHash,
        ListingStatus status,
        List<ReportCategory> categories,
        int activeReports,
        List<ListedReport> reports,
        long version,
        String updatedAt,
        String updatedTxId) {

    public Listing {
        categories = List.copyOf(categories);
        reports = List.copyOf(reports);
    }

    /** The listing of a party's first report. */
    static Listing first(String codeHash, ListedReport report, String at, String txId) {
        return summarise(codeHash, List.of(report), 1, at, txId);
    }

    /** The next version with one report added or replaced (matched by id). */
    Listing with(ListedReport changed, String at, String txId) {
        List<ListedReport> next = new ArrayList<>(reports);
        int index = indexOf(changed.reportId());
        if (index < 0) {
            next.add(changed);
        } else {
            next.set(index, changed);
        }
        return summarise(codeHash, next, version + 1, at, txId);
    }

    /** The report of this bank that is in force, if any (a bank has at most one). */
    Optional<ListedReport> inForceReportOf(String reporterMsp) {
        return reports.stream()
                .filter(r -> r.reporterMsp().equals(reporterMsp) && r.status().inForce())
                .findFirst();
    }

    /** The status other chaincodes check. */
    BlacklistStatus check() {
        return new BlacklistStatus(
                status.listed(), activeReports, categories.stream().map(Enum::name).toList());
    }

    private int indexOf(String reportId) {
        for (int i = 0; i < reports.size(); i++) {
            if (reports.get(i).reportId().equals(reportId)) {
                return i;
            }
        }
        return -1;
    }

    private static Listing summarise(
            String codeHash, List<ListedReport> reports, long version, String at, String txId) {
        TreeSet<ReportCategory> categories =
                new TreeSet<>(Comparator.comparing(ReportCategory::name));
        int inForce = 0;
        boolean anyActive = false;
        for (ListedReport report : reports) {
            if (report.status().inForce()) {
                inForce++;
                categories.add(report.category());
                anyActive |= report.status() == ReportStatus.ACTIVE;
            }
        }
        ListingStatus status =
                anyActive
                        ? ListingStatus.LISTED
                        : inForce > 0 ? ListingStatus.APPEALED : ListingStatus.DELISTED;
        return new Listing(
                codeHash, status, new ArrayList<>(categories), inForce, reports, version, at, txId);
    }
}
