package io.tradechain.blacklist;

import static io.tradechain.blacklist.BlacklistNetwork.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.CreditCode;
import io.tradechain.chaincode.common.Hashes;
import io.tradechain.chaincode.common.PageCursor;
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
        for (String type : TYPES.subList(0, 6)) {
            crafted.add(
                    PageCursor.at(
                                    new CompositeKey(type),
                                    new CompositeKey(type, "x", "y").toString())
                            .encode());
        }
        crafted.add(
                PageCursor.at(
                                new CompositeKey("listing~status", "APPEALED"),
                                new CompositeKey("listing~status", "APPEALED", "x").toString())
                        .encode());
        return listings()
                .flatMap(
                        listing ->
                                crafted.stream()
                                        .filter(bookmark -> !isOwnCursor(listing, bookmark))
                                        .map(bookmark -> Arguments.of(listing, bookmark)));
    }

    /**
     * A well-formed cursor of the listing's own scope is just a position in its own list: not
     * hostile.
     */
    private static boolean isOwnCursor(Listing listing, String bookmark) {
        List<String> scope =
                listing.status().isEmpty()
                        ? List.of("listing")
                        : List.of("listing~status", listing.status());
        try {
            return PageCursor.decode(bookmark).scope().equals(scope);
        } catch (io.tradechain.chaincode.common.BusinessException e) {
            return false;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void craftedBookmarksAreRefused(Listing listing, String bookmark) {
        assertThat(
                        HostileBookmarks.assertRefusedOrConfined(
                                listing.name(), listing.call(), bookmark, listing.mine()))
                .as("refused, not merely confined")
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void cursorsOfAnotherScopeAreRefused(Listing listing) {
        HostileBookmarks.assertRefused(
                listing.name() + ": another status's cursor",
                listing.call(),
                HostileBookmarks.secondPageBookmark(listing.otherScope()));
        Listing other =
                new Listing("other", NET.regulator, listing.status().isEmpty() ? "LISTED" : "");
        HostileBookmarks.assertRefused(
                listing.name() + ": another list's cursor",
                listing.call(),
                HostileBookmarks.secondPageBookmark(other.call()));
        HostileBookmarks.assertOwnCursorHoldsAndChangedCopiesAreRefused(
                listing.name(), listing.call(), listing.mine(), 5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void followingTheCursorsVisitsEveryListingOnce(Listing listing) {
        List<String> paged =
                HostileBookmarks.pageThrough(
                        listing.call(), 1, row -> row.get("creditCode").asText());
        List<String> whole = new ArrayList<>();
        HostileBookmarks.json(assertOk(listing.all().call("")))
                .get("items")
                .forEach(
                        row -> {
                            assertThat(listing.mine().test(row)).isTrue();
                            whole.add(row.get("creditCode").asText());
                        });
        assertThat(paged)
                .containsExactlyElementsOf(whole)
                .hasSize(listing.status().isEmpty() ? 6 : 3);
    }
}
