package io.tradechain.blacklist;

import java.util.List;

/**
 * A listing as {@code GetListing} and {@code ListListings} answer it: the public {@link Listing}
 * plus the credit code for whoever may see it (the caller gave it, or a bank or the regulator reads
 * it from the private details).
 *
 * @param creditCode the party's code; null when it could not be read
 * @param codeHash SHA-256 of the code, the listing's key
 * @param status LISTED, APPEALED or DELISTED
 * @param categories the categories of the reports in force
 * @param activeReports how many reports are in force
 * @param reports every report on the party, each with its reporter and status
 * @param version the listing's version
 * @param updatedAt ISO-8601 timestamp of the latest change
 * @param updatedTxId the transaction of the latest change
 */
public record ListingView(
        String creditCode,
        String codeHash,
        ListingStatus status,
        List<ReportCategory> categories,
        int activeReports,
        List<ListedReport> reports,
        long version,
        String updatedAt,
        String updatedTxId) {

    static ListingView of(String creditCode, Listing listing) {
        return new ListingView(
                creditCode,
                listing.codeHash(),
                listing.status(),
                listing.categories(),
                listing.activeReports(),
                listing.reports(),
                listing.version(),
                listing.updatedAt(),
                listing.updatedTxId());
    }
}
