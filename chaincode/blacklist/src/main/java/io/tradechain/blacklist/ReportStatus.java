package io.tradechain.blacklist;

/**
 * Where one bank's report stands. A report is <em>in force</em> while {@link #ACTIVE} or {@link
 * #APPEALED}: an appeal does not lift the listing, only a delisting does.
 */
public enum ReportStatus {
    /** Filed (or returned after a rejected appeal); the party is listed. */
    ACTIVE,
    /**
     * The reported party appealed; the reporting bank has to delist or reject the appeal. Still in
     * force.
     */
    APPEALED,
    /** Withdrawn by the reporting bank; final. */
    DELISTED;

    /** True while the report keeps the party listed. */
    public boolean inForce() {
        return this != DELISTED;
    }
}
