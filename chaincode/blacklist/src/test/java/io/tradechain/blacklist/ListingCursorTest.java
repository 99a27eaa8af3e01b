package io.tradechain.blacklist;

import static io.tradechain.blacklist.BlacklistNetwork.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.CreditCode;
import io.tradechain.chaincode.common.Hashes;
import io.tradechain.ledger.Identity;
import io.tradechain.testkit.HostileBookmarks;
import io.tradechain.testkit.HostileBookmarks.ListCall;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ListListings, the blacklist's list function, in each of its scopes (every status, one status)
 * against crafted bookmarks: raw keys of every object type, of listed parties and of statuses, NUL,
 * cursors handed out for another status's list, valid cursors of other object types. Each is
 * refused with INVALID_CURSOR; following the real cursors still visits every listing exactly once.
 */
class ListingCursorTest {
    private static final BlacklistNetwork NET = new BlacklistNetwork();
    private static final List<String> CODES = new ArrayList<>();
    private static final List<String> TYPES =
            List.of(
                    "report",
                    "listing",
                    "listing~status",
                    "reportDetails",
                    "reportNote",
                    "appealNote",
                    "idempotency",
                    "party",
                    "",
                    "l");

    static {
        for (int i = 0; i < 6; i++) {
            String first17 = String.format("91440300MA5%06d", 400 + i);
            String code = first17 + CreditCode.checkCharacter(first17);
            CODES.add(code);
            String reportId =
                    NET.reported(i % 2 == 0 ? NET.bank1 : NET.bank2, code, "LOAN_DEFAULT");
            if (i >= 3) {
                assertOk(NET.delist(i % 2 == 0 ? NET.bank1 : NET.bank2, reportId, "Repaid"));
            }
        }
    }

    record Listing(String name, Identity who, String status) {
        ListCall call() {
            return bm -> NET.evaluate(who, "ListListings", status, "1", bm);
        }

        ListCall all() {
            return bm -> NET.evaluate(who, "ListListings", status, "200", bm);
        }

        ListCall otherScope() {
            return bm ->
                    NET.evaluate(
                            NET.regulator,
                            "ListListings",
                            status.equals("LISTED") ? "DELISTED" : "LISTED",
                            "1",
                            bm);
        }

        Predicate<JsonNode> mine() {
            return row -> status.isEmpty() || row.get("status").asText().equals(status);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Listing> listings() {
        return Stream.of(
                new Listing("ListListings of every status as a bank", NET.bank1, ""),
                new Listing("ListListings LISTED as a bank", NET.bank2, "LISTED"),
                new Listing("ListListings DELISTED as the regulator", NET.regulator, "DELISTED"));
    }

    static Stream<Arguments> hostile() {
        List<String> attributes = new ArrayList<>(List.of("LISTED", "DELISTED", "APPEALED"));
        CODES.forEach(
                code -> {
                    attributes.add(code);
                    attributes.add(Hashes.sha256Hex(code));
                });
        List<String> crafted = new ArrayList<>(HostileBookmarks.crafted(TYPES, attributes));
        crafted.addAll(HostileBookmarks.cursorsOfTypes(TYPES.subList(0, 6)));
        crafted.add(
                HostileBookmarks.cursor(
                        new CompositeKey("listing~status", "APPEALED"),
                        new CompositeKey("listing~status", "APPEALED", "x").toString()));
        return HostileBookmarks.pairs(listings(), crafted, ListingCursorTest::ownScope);
    }

    /**
     * A well-formed cursor of the listing's own scope is just a position in its own list: not
     * hostile.
     */
    private static List<String> ownScope(Listing listing) {
        return listing.status().isEmpty()
                ? List.of("listing")
                : List.of("listing~status", listing.status());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void craftedBookmarksAreRefused(Listing listing, String bookmark) {
        HostileBookmarks.assertCraftedRefused(
                listing.name(), listing.call(), bookmark, listing.mine());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void cursorsOfAnotherScopeAreRefused(Listing listing) {
        HostileBookmarks.assertRefusedCursorOf(
                listing.name(), "another status's", listing.call(), listing.otherScope());
        Listing other =
                new Listing("other", NET.regulator, listing.status().isEmpty() ? "LISTED" : "");
        HostileBookmarks.assertRefusedCursorOf(
                listing.name(), "another list's", listing.call(), other.call());
        HostileBookmarks.assertOwnCursorHoldsAndChangedCopiesAreRefused(
                listing.name(), listing.call(), listing.mine(), 5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void followingTheCursorsVisitsEveryListingOnce(Listing listing) {
        List<String> paged =
                HostileBookmarks.assertPagesAreTheWholeList(
                        listing.call(),
                        listing.all(),
                        row -> row.get("creditCode").asText(),
                        listing.mine());
        assertThat(paged).hasSize(listing.status().isEmpty() ? 6 : 3);
    }
}
