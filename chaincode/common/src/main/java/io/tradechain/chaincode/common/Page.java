package io.tradechain.chaincode.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list query. Pass {@code bookmark} back in the next {@link PageRequest} to continue.
 *
 * @param items the items of this page, in key order
 * @param bookmark where the next page starts, as an opaque {@link PageCursor} (never a ledger key);
 *     {@code ""} when there is nothing more
 * @param fetchedCount how many records the ledger returned for this page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, String bookmark, int fetchedCount) {

    /** Copies the items (unmodifiable) and turns a null bookmark into {@code ""}. */
    public Page {
        items = List.copyOf(items);
        bookmark = bookmark == null ? "" : bookmark;
    }

    /** True if a further page may hold items (the bookmark is not empty). */
    @JsonIgnore
    public boolean hasMore() {
        return !bookmark.isEmpty();
    }

    /** The same page with every item converted, e.g. from an entity to its API view. */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), bookmark, fetchedCount);
    }
}
