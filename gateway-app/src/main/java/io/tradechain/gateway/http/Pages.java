package io.tradechain.gateway.http;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Page;
import io.tradechain.chaincode.common.PageCursor;
import io.tradechain.gateway.error.ApiException;
import java.util.List;
import java.util.Map;

/**
 * The one list envelope of the API is the chaincode's {@link Page}: {@code items}, an opaque {@code
 * bookmark} (empty on the last page) and {@code fetchedCount}, asked for with {@code pageSize} and
 * {@code bookmark}. A list the ledger answers whole, or one the gateway builds, is cut into pages
 * here; its bookmark is an opaque cursor over the offset, bound to the list it came from ({@code
 * scope}).
 */
public final class Pages {
    /** The page size when a request names none. */
    public static final int DEFAULT_PAGE_SIZE = 50;

    private Pages() {}

    /**
     * The page of {@code all} that {@code bookmark} (empty: the first) and {@code pageSize} name.
     */
    public static <T> Page<T> slice(
            List<T> all, int pageSize, String bookmark, List<String> scope) {
        int start = start(scope, bookmark, all.size());
        int end = Math.min(all.size(), start + pageSize);
        return new Page<>(all.subList(start, end), next(scope, end, all.size()), end - start);
    }

    /** The opaque cursor of the page starting at {@code end}, or "" at the end of the list. */
    public static String next(List<String> scope, int end, int size) {
        return end < size ? PageCursor.encodeSimple(scope, "", String.format("%09d", end)) : "";
    }

    /**
     * Where a page starts: 0 without a cursor, else the offset of a cursor this list handed out.
     *
     * @throws ApiException 400 {@code INVALID_CURSOR} for any other bookmark
     */
    public static int start(List<String> scope, String bookmark, int size) {
        if (bookmark == null || bookmark.isEmpty()) {
            return 0;
        }
        String position;
        try {
            position = PageCursor.positionForSimple(bookmark, scope, "");
        } catch (BusinessException e) {
            throw ApiException.badRequest(e.code(), e.text(), Map.of("field", "bookmark"));
        }
        if (!position.matches("[0-9]{9}") || Integer.parseInt(position) > size) {
            throw ApiException.badRequest(
                    "INVALID_CURSOR",
                    "bookmark is not a cursor of this list; start again " + "without one",
                    Map.of("field", "bookmark"));
        }
        return Integer.parseInt(position);
    }
}
