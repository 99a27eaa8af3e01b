package io.tradechain.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.PageCursor;
import io.tradechain.ledger.TxResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Tests of a chaincode's list functions against crafted bookmarks (a class of attack: a bookmark a
 * client chose starts the ledger scan anywhere). A list function answers JSON {@code
 * {"items":[...],"bookmark":"..."}}; called with a hostile bookmark it must either refuse with
 * {@code INVALID_CURSOR} or answer a page whose rows all belong to the caller's list, never rows of
 * other parties or of other object types.
 *
 * <p>A chaincode's {@code ListingCursorTest} describes its lists (the call, which rows are the
 * caller's, the calls of other scopes) and the bookmarks worth crafting against its key layout
 * ({@link #crafted}, {@link #cursorsOfTypes}); the checks are here: {@link #pairs} and {@link
 * #assertCraftedRefused} for every crafted bookmark, {@link #assertRefusedCursorOf} and {@link
 * #assertOwnCursorHoldsAndChangedCopiesAreRefused} for real cursors, {@link
 * #assertPagesAreTheWholeList} for following them. It lives in the testkit's main code so that
 * every chaincode module's tests share it, and throws {@link AssertionError} itself.
 */
public final class HostileBookmarks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INVALID_CURSOR = "/INVALID_CURSOR]";

    private HostileBookmarks() {}

    /** One list function, called by one identity with everything but the bookmark fixed. */
    @FunctionalInterface
    public interface ListCall {
        TxResult call(String bookmark);
    }

    /**
     * Bookmarks a client can craft without having been handed any: raw composite keys and prefixes
     * of every given object type (alone and with each given attribute, e.g. other parties' codes),
     * the key namespace itself, the range end, URL-encoded and JSON-ish text, cursor look-alikes of
     * this and other versions, and a huge string.
     */
    public static List<String> crafted(List<String> objectTypes, List<String> attributes) {
        Set<String> bookmarks =
                new LinkedHashSet<>(
                        List.of(
                                "\u0000",
                                "\u0000\u0000",
                                "%00",
                                "%00rhold%00",
                                " ",
                                "\uDBFF\uDFFF",
                                "\u0001",
                                "~",
                                "simple-key",
                                "null",
                                "{}",
                                "[]",
                                "\"\"",
                                "v1",
                                "v1.",
                                "v1.\u0000",
                                "v1.AAAA",
                                "v1.e30",
                                "v1.eyJrIjoiXHUwMDAwIn0",
                                "v2.AAAA",
                                "V1.AAAA",
                                "v0.",
                                "v1.!!",
                                "v1.a.b",
                                "v1.AAAA===",
                                "x".repeat(100_000),
                                "v1." + "A".repeat(50_000)));
        for (String type : objectTypes) {
            bookmarks.add("\u0000" + type);
            bookmarks.add("\u0000" + type + "\u0000");
            bookmarks.add("\u0000" + type + "\u0000\uDBFF\uDFFF");
            bookmarks.add("%00" + type + "%00");
            for (String attribute : attributes) {
                bookmarks.add("\u0000" + type + "\u0000" + attribute + "\u0000");
                bookmarks.add("\u0000" + type + "\u0000" + attribute + "\u0000\u0000");
                bookmarks.add("\u0000" + type + "\u0000" + attribute);
                bookmarks.add("%00" + type + "%00" + attribute + "%00");
            }
        }
        return List.copyOf(bookmarks);
    }

    /**
     * Well-formed cursors, with valid checks, at the start of each object type's whole key range (a
     * position {@code type x y}): a list scoped to part of a type must refuse them.
     */
    public static List<String> cursorsOfTypes(List<String> types) {
        return types.stream()
                .map(
                        type ->
                                cursor(
                                        new CompositeKey(type),
                                        new CompositeKey(type, "x", "y").toString()))
                .toList();
    }

    /** A well-formed cursor of {@code scope} positioned at the key {@code at}. */
    public static String cursor(CompositeKey scope, String at) {
        return PageCursor.at(scope, at).encode();
    }

    /** Whether the bookmark is a well-formed cursor of this scope (a position in that list). */
    public static boolean isCursorOf(String bookmark, List<String> scope) {
        try {
            return PageCursor.decode(bookmark).scope().equals(scope);
        } catch (BusinessException e) {
            return false;
        }
    }

    /**
     * Every listing with every crafted bookmark, the arguments {@code (listing, bookmark)} of a
     * parameterized test that calls {@link #assertCraftedRefused}.
     */
    public static <L> Stream<Arguments> pairs(Stream<L> listings, List<String> crafted) {
        return pairs(listings, crafted, listing -> List.of());
    }

    /**
     * {@link #pairs(Stream, List)} without the well-formed cursors of the listing's own scope
     * ({@code ownScope}): such a cursor is just a position in its own list, not hostile.
     */
    public static <L> Stream<Arguments> pairs(
            Stream<L> listings, List<String> crafted, Function<L, List<String>> ownScope) {
        return listings.flatMap(
                listing ->
                        crafted.stream()
                                .filter(
                                        bookmark ->
                                                ownScope.apply(listing).isEmpty()
                                                        || !isCursorOf(
                                                                bookmark, ownScope.apply(listing)))
                                .map(bookmark -> Arguments.of(listing, bookmark)));
    }

    /**
     * A crafted bookmark is refused with {@code INVALID_CURSOR}: not merely answered with a page
     * confined to the caller's rows ({@code mine}), which would be checked too.
     */
    public static void assertCraftedRefused(
            String label, ListCall call, String bookmark, Predicate<JsonNode> mine) {
        check(
                assertRefusedOrConfined(label, call, bookmark, mine),
                label
                        + " with bookmark "
                        + printable(bookmark)
                        + ": refused, not merely confined (answered a page)");
    }

    /**
     * The second-page cursor that {@code other} (another scope, owner or list function) hands out
     * is refused by {@code call}; {@code what} says whose cursor it is, e.g. "another owner's".
     */
    public static void assertRefusedCursorOf(
            String label, String what, ListCall call, ListCall other) {
        assertRefused(label + ": " + what + " cursor", call, secondPageBookmark(other));
    }

    /**
     * Following the cursors of {@code call} one row a page ({@link #pageThrough}) gives the rows of
     * {@code whole} (the same list in one big page, which must be answered and hold only rows that
     * satisfy {@code mine}) in the same order.
     *
     * @return the ids in order, for the caller's own checks of the list's content
     */
    public static List<String> assertPagesAreTheWholeList(
            ListCall call,
            ListCall whole,
            Function<JsonNode, String> id,
            Predicate<JsonNode> mine) {
        List<String> paged = pageThrough(call, 1, id);
        TxResult result = whole.call("");
        check(result.isSuccess(), "the whole list failed: " + result.message());
        List<String> ids = new ArrayList<>();
        for (JsonNode row : json(result).path("items")) {
            check(mine.test(row), "the whole list holds a row outside the caller's list: " + row);
            ids.add(id.apply(row));
        }
        check(paged.equals(ids), "the pages gave " + paged + ", the whole list in one page " + ids);
        return paged;
    }

    /**
     * Calls the list with the bookmark and asserts that it is refused with {@code INVALID_CURSOR},
     * or that it answers a page whose rows all satisfy {@code mine}.
     *
     * @return true if refused, false if answered with a confined page
     */
    public static boolean assertRefusedOrConfined(
            String label, ListCall call, String bookmark, Predicate<JsonNode> mine) {
        TxResult result = call.call(bookmark);
        String shown = label + " with bookmark " + printable(bookmark);
        if (!result.isSuccess()) {
            check(
                    result.message().contains(INVALID_CURSOR),
                    shown
                            + " must be refused as INVALID_CURSOR, was: "
                            + printable(result.message()));
            check(
                    !result.message().contains("\u0000")
                            && (bookmark.length() < 4 || !result.message().contains(bookmark)),
                    shown + ": the refusal echoes the input");
            return true;
        }
        JsonNode page = json(result);
        for (JsonNode row : page.path("items")) {
            check(mine.test(row), shown + " answered a row outside the caller's list: " + row);
        }
        return false;
    }

    /**
     * The list's own second-page cursor continues within the list ({@code mine}), and every copy of
     * it with one character changed (every {@code step}th character from the fourth) is refused
     * with {@code INVALID_CURSOR}.
     */
    public static void assertOwnCursorHoldsAndChangedCopiesAreRefused(
            String label, ListCall call, Predicate<JsonNode> mine, int step) {
        String own = secondPageBookmark(call);
        check(
                !assertRefusedOrConfined(label, call, own, mine),
                label + ": its own cursor must be answered");
        for (int i = 3; i < own.length(); i += step) {
            String changed =
                    own.substring(0, i) + (own.charAt(i) == 'A' ? 'B' : 'A') + own.substring(i + 1);
            assertRefused(label + ": a changed cursor", call, changed);
        }
    }

    /** Calls the list and asserts that it is refused with {@code INVALID_CURSOR}. */
    public static void assertRefused(String label, ListCall call, String bookmark) {
        TxResult result = call.call(bookmark);
        check(
                !result.isSuccess() && result.message().contains(INVALID_CURSOR),
                label
                        + " with bookmark "
                        + printable(bookmark)
                        + " must be refused as INVALID_CURSOR, was: "
                        + (result.isSuccess()
                                ? result.payloadAsString()
                                : printable(result.message())));
    }

    /**
     * Follows the returned bookmarks from the first page to the last and gives every row's id in
     * order, asserting that no page is larger than {@code pageSize}, that every bookmark is an
     * opaque cursor, that no id comes twice and that there was more than one page.
     */
    public static List<String> pageThrough(
            ListCall call, int pageSize, Function<JsonNode, String> id) {
        List<String> ids = new ArrayList<>();
        String bookmark = "";
        int pages = 0;
        do {
            TxResult result = call.call(bookmark);
            check(result.isSuccess(), "page " + (pages + 1) + " failed: " + result.message());
            JsonNode page = json(result);
            check(page.path("items").size() <= pageSize, "a page larger than " + pageSize);
            page.path("items").forEach(row -> ids.add(id.apply(row)));
            bookmark = page.path("bookmark").asText("");
            check(
                    bookmark.isEmpty() || bookmark.matches("v1\\.[A-Za-z0-9_-]+"),
                    "a bookmark must be an opaque cursor, was " + printable(bookmark));
            pages++;
            check(pages < 10_000, "the bookmarks never end");
        } while (!bookmark.isEmpty());
        check(new LinkedHashSet<>(ids).size() == ids.size(), "a row came twice: " + ids);
        check(pages > 1, "the list must span several pages for this test to mean anything");
        return ids;
    }

    /** The bookmark of the first page (which must not be the last). */
    public static String secondPageBookmark(ListCall call) {
        TxResult result = call.call("");
        check(result.isSuccess(), result.message());
        String bookmark = json(result).path("bookmark").asText("");
        check(!bookmark.isEmpty(), "the first page must not be the last");
        return bookmark;
    }

    /** The payload of a successful call as JSON. */
    public static JsonNode json(TxResult result) {
        try {
            return JSON.readTree(result.payload());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(boolean condition, String failure) {
        if (!condition) {
            throw new AssertionError(failure);
        }
    }

    private static String printable(String bookmark) {
        String shown =
                bookmark.length() > 60
                        ? bookmark.substring(0, 60) + "...(" + bookmark.length() + ")"
                        : bookmark;
        return "'" + shown.replace("\u0000", "\\0") + "'";
    }
}
