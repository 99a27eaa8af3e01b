package io.tradechain.receivables;

import static io.tradechain.receivables.ReceivablesNetwork.A;
import static io.tradechain.receivables.ReceivablesNetwork.B;
import static io.tradechain.receivables.ReceivablesNetwork.BANK1;
import static io.tradechain.receivables.ReceivablesNetwork.CORE;
import static io.tradechain.receivables.ReceivablesNetwork.assertOk;
import static io.tradechain.receivables.ReceivablesNetwork.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.testkit.HostileBookmarks;
import io.tradechain.testkit.HostileBookmarks.ListCall;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every list function of the receivables chaincode against crafted bookmarks: raw keys of its own
 * and other object types and of other parties, NUL, cursors handed out for another party's list or
 * by another list function. Each is refused with INVALID_CURSOR or answers rows of the caller's
 * list only; following the real cursors still visits every row exactly once.
 */
class ListingCursorTest {
    private static final ReceivablesNetwork NET = new ReceivablesNetwork();
    private static final List<String> ROOTS = new ArrayList<>();
    private static final List<String> TYPES =
            List.of(
                    "rhold",
                    "rlive",
                    "rall",
                    "rpiece",
                    "rroot",
                    "rline",
                    "rfin",
                    "idempotency",
                    "party",
                    "",
                    "r");

    static {
        NET.grantLine(100_000_000);
        for (int i = 0; i < 5; i++) {
            ROOTS.add(NET.liveRoot(100_000 + i));
        }
        // B holds pieces too (other party's rows), and the first root gets a tree of several pieces
        String rest = ROOTS.get(0);
        for (int i = 0; i < 3; i++) {
            JsonNode moved = json(assertOk(NET.transfer(NET.a, rest, B, 1_000)));
            rest = moved.get("remainder").get("pieceId").asText();
        }
        assertOk(NET.transfer(NET.a, ROOTS.get(1), B, 2_000));
    }

    /** A list function, the caller's view of it and which rows belong to that view. */
    record Listing(
            String name,
            ListCall call,
            Predicate<JsonNode> mine,
            ListCall otherPartys,
            ListCall otherList) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Listing> listings() {
        ListCall holdingsOfA = bm -> NET.evaluate(NET.a, "ListHoldings", A, "1", bm);
        ListCall holdingsOfB = bm -> NET.evaluate(NET.b, "ListHoldings", B, "1", bm);
        ListCall piecesOfRoot0 = bm -> NET.evaluate(NET.core, "ListPieces", ROOTS.get(0), "1", bm);
        ListCall piecesOfRoot1 = bm -> NET.evaluate(NET.a, "ListPieces", ROOTS.get(1), "1", bm);
        ListCall regulatorHoldingsOfA =
                bm -> NET.evaluate(NET.regulator, "ListHoldings", A, "1", bm);
        return Stream.of(
                new Listing(
                        "ListHoldings as A",
                        holdingsOfA,
                        row -> row.get("holderCode").asText().equals(A),
                        holdingsOfB,
                        piecesOfRoot0),
                new Listing(
                        "ListHoldings as the regulator",
                        regulatorHoldingsOfA,
                        row -> row.get("holderCode").asText().equals(A),
                        holdingsOfB,
                        piecesOfRoot0),
                new Listing(
                        "ListHoldings as B",
                        holdingsOfB,
                        row -> row.get("holderCode").asText().equals(B),
                        holdingsOfA,
                        piecesOfRoot0),
                new Listing(
                        "ListPieces as CoreCo",
                        piecesOfRoot0,
                        row -> row.get("rootId").asText().equals(ROOTS.get(0)),
                        piecesOfRoot1,
                        holdingsOfA));
    }

    static Stream<Arguments> hostile() {
        List<String> attributes = new ArrayList<>(List.of(A, B, CORE, BANK1, "Bank1MSP:" + CORE));
        attributes.addAll(ROOTS);
        List<String> crafted = HostileBookmarks.crafted(TYPES, attributes);
        return HostileBookmarks.pairs(listings(), crafted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void craftedBookmarksAreRefused(Listing listing, String bookmark) {
        HostileBookmarks.assertCraftedRefused(
                listing.name(), listing.call(), bookmark, listing.mine());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void cursorsOfAnotherPartysListOrAnotherListFunctionAreRefused(Listing listing) {
        HostileBookmarks.assertRefusedCursorOf(
                listing.name(), "another party's", listing.call(), listing.otherPartys());
        HostileBookmarks.assertRefusedCursorOf(
                listing.name(), "another list's", listing.call(), listing.otherList());
        // the list's own cursor still works, and changing one character of it does not
        HostileBookmarks.assertOwnCursorHoldsAndChangedCopiesAreRefused(
                listing.name(), listing.call(), listing.mine(), 7);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void followingTheCursorsVisitsEveryRowOnce(Listing listing) {
        JsonNode all = json(assertOk(listing.call().call(""))).get("items");
        // the same rows as one big page
        ListCall big =
                bm ->
                        listing.name().startsWith("ListPieces")
                                ? NET.evaluate(NET.core, "ListPieces", ROOTS.get(0), "200", bm)
                                : NET.evaluate(
                                        NET.regulator,
                                        "ListHoldings",
                                        listing.name().endsWith("B") ? B : A,
                                        "200",
                                        bm);
        List<String> paged =
                HostileBookmarks.assertPagesAreTheWholeList(
                        listing.call(), big, row -> row.get("pieceId").asText(), row -> true);
        assertThat(paged).isNotEmpty();
        assertThat(all).hasSize(1);
    }
}
