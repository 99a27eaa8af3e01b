package io.tradechain.chaincode.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.function.Function;

/** One page of results; an empty bookmark means there is nothing more. */
public record Page<T>(List<T> items, String bookmark, int fetchedCount) {

    public Page {
        items = List.copyOf(items);
        bookmark = bookmark == null ? "" : bookmark;
    }

    @JsonIgnore
    public boolean hasMore() {
        return !bookmark.isEmpty();
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), bookmark, fetchedCount);
    }
}
