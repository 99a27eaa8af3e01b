package io.tradechain.chaincode.common;

/** A page of a list query: how many items and where to resume (the bookmark of the previous page). */
public record PageRequest(int pageSize, String bookmark) {
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 200;

    public PageRequest {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw BusinessException.of(CommonErrorCode.PAGE_SIZE_OUT_OF_RANGE,
                    "pageSize must be from 1 to " + MAX_PAGE_SIZE + ", got " + pageSize, "field", "pageSize");
        }
        bookmark = bookmark == null ? "" : bookmark;
    }

    /** Null size gives the default; null bookmark the first page. */
    public static PageRequest of(Integer pageSize, String bookmark) {
        return new PageRequest(pageSize == null ? DEFAULT_PAGE_SIZE : pageSize, bookmark);
    }

    public static PageRequest first() {
        return new PageRequest(DEFAULT_PAGE_SIZE, "");
    }
}
