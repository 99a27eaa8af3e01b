package io.tradechain.chaincode.common;

/**
 * Which page of a list query to return: how many items and where to resume.
 *
 * @param pageSize from 1 to {@link #MAX_PAGE_SIZE}; bounding it keeps a single query from reading
 *     the whole ledger
 * @param bookmark the bookmark of the previous page of the same list (a {@link PageCursor}, checked
 *     against the query when it runs), or {@code ""} for the first page
 */
public record PageRequest(int pageSize, String bookmark) {
    /** Page size when the client gives none. */
    public static final int DEFAULT_PAGE_SIZE = 20;

    /** Largest page size a client may ask for. */
    public static final int MAX_PAGE_SIZE = 200;

    /**
     * Checks the size and turns a null bookmark into {@code ""}.
     *
     * @throws BusinessException {@code PAGE_SIZE_OUT_OF_RANGE} if the size is below 1 or above the
     *     maximum
     */
    public PageRequest {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw BusinessException.of(
                    CommonErrorCode.PAGE_SIZE_OUT_OF_RANGE,
                    "pageSize must be from 1 to " + MAX_PAGE_SIZE + ", got " + pageSize,
                    "field",
                    "pageSize");
        }
        bookmark = bookmark == null ? "" : bookmark;
    }

    /**
     * A request from client input: null size gives {@link #DEFAULT_PAGE_SIZE}, null bookmark the
     * first page.
     */
    public static PageRequest of(Integer pageSize, String bookmark) {
        return new PageRequest(pageSize == null ? DEFAULT_PAGE_SIZE : pageSize, bookmark);
    }

    /**
     * A request from a chaincode function's string arguments: an empty size gives the default.
     *
     * @throws BusinessException {@code INVALID_ARGUMENT} for a size that is not a whole number, or
     *     the range check's
     */
    public static PageRequest parse(String pageSize, String bookmark) {
        if (pageSize == null || pageSize.isEmpty()) {
            return of(null, bookmark);
        }
        try {
            return of(Integer.valueOf(pageSize), bookmark);
        } catch (NumberFormatException e) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    "pageSize must be a whole number, got '" + pageSize + "'",
                    "field",
                    "pageSize");
        }
    }

    /** The first page with the default size. */
    public static PageRequest first() {
        return new PageRequest(DEFAULT_PAGE_SIZE, "");
    }
}
