package io.tradechain.blacklist;

/** Where a party stands, summing up its reports. */
public enum ListingStatus {
    /** At least one report is {@link ReportStatus#ACTIVE}. */
    LISTED,
    /** Every report in force is {@link ReportStatus#APPEALED}; the party is still listed. */
    APPEALED,
    /** No report is in force; the party passes the check. */
    DELISTED;

    /** True while other chaincodes must refuse the party. */
    public boolean listed() {
        return this != DELISTED;
    }
}
