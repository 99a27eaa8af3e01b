package io.tradechain.chaincode.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * Runs partial composite key queries, the only list queries the library offers (no rich queries:
 * LevelDB). The paginated form is allowed in read-only transactions only; Fabric refuses it once
 * the transaction writes (and refuses writes after it). The bounded form works in writing
 * transactions.
 */
final class PartialKeyQuery {
    private PartialKeyQuery() {}

    /**
     * One page of results, converted. The request's bookmark must be a {@link PageCursor} this same
     * query handed out (or empty for the first page); the answer's bookmark is such a cursor, or
     * {@code ""} when nothing is left. The ledger never sees a client's text as a key, and the
     * client never sees a ledger key as a bookmark.
     *
     * @throws BusinessException {@code INVALID_CURSOR} for a bookmark that is not a cursor of this
     *     query
     */
    static <T> Page<T> page(
            ChaincodeStub stub,
            CompositeKey prefix,
            PageRequest request,
            Function<KeyValue, T> convert) {
        String start = PageCursor.positionFor(request.bookmark(), prefix);
        String range = prefix.toString();
        List<T> items = new ArrayList<>();
        try (QueryResultsIteratorWithMetadata<KeyValue> results =
                stub.getStateByPartialCompositeKeyWithPagination(
                        prefix, request.pageSize(), start)) {
            for (KeyValue entry : results) {
                // A peer scans from the bookmark to the range's end: refuse to hand on anything
                // outside the prefix.
                if (!entry.getKey().startsWith(range)) {
                    throw new IllegalStateException(
                            "the ledger answered a partial key query of "
                                    + prefix.getObjectType()
                                    + " with a key outside its range");
                }
                items.add(convert.apply(entry));
            }
            // Fabric's bookmark is the next key after this page, or "" when nothing is left.
            String next = results.getMetadata() == null ? "" : results.getMetadata().getBookmark();
            String cursor =
                    next == null || next.isEmpty() ? "" : PageCursor.at(prefix, next).encode();
            return new Page<>(
                    items,
                    cursor,
                    results.getMetadata() == null
                            ? items.size()
                            : results.getMetadata().getFetchedRecordsCount());
        } catch (Exception e) {
            throw unchecked(e);
        }
    }

    /** At most {@code limit} results in key order, without pagination. */
    static <T> List<T> firstN(
            ChaincodeStub stub, CompositeKey prefix, int limit, Function<KeyValue, T> convert) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        List<T> items = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> results = stub.getStateByPartialCompositeKey(prefix)) {
            for (KeyValue entry : results) {
                items.add(convert.apply(entry));
                if (items.size() == limit) {
                    break;
                }
            }
            return items;
        } catch (Exception e) {
            throw unchecked(e);
        }
    }

    /** Closing a shim iterator declares Exception; business and runtime failures pass unchanged. */
    static RuntimeException unchecked(Exception e) {
        return e instanceof RuntimeException runtime
                ? runtime
                : new IllegalStateException("ledger query failed: " + e.getMessage(), e);
    }
}
