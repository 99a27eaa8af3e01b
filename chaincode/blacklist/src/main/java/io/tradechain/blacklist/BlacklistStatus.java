package io.tradechain.blacklist;

import java.util.List;

/**
 * The answer of {@code CheckParty}: whether other chaincodes must refuse the party.
 *
 * @param listed true while at least one report on the party is in force
 * @param activeReports how many reports are in force (ACTIVE or APPEALED)
 * @param categories their categories, sorted by name, no duplicates; empty when not listed
 */
public record BlacklistStatus(boolean listed, int activeReports, List<String> categories) {

    public BlacklistStatus {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** A party no bank ever reported. */
    public static BlacklistStatus notListed() {
        return new BlacklistStatus(false, 0, List.of());
    }
}
