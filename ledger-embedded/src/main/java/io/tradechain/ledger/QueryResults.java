package io.tradechain.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.hyperledger.fabric.protos.peer.QueryResponseMetadata;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * Iterators the in-memory stub returns; each element handed out can be reported (for phantom
 * detection).
 */
final class QueryResults {
    private QueryResults() {}

    record Kv(String getKey, byte[] getValue) implements KeyValue {
        @Override
        public String getStringValue() {
            return new String(getValue, StandardCharsets.UTF_8);
        }
    }

    record Modification(String getTxId, byte[] getValue, Instant getTimestamp, boolean isDeleted)
            implements KeyModification {
        @Override
        public String getStringValue() {
            return getValue == null ? "" : new String(getValue, StandardCharsets.UTF_8);
        }
    }

    static <T> QueryResultsIterator<T> of(List<T> items, Consumer<T> onNext, Runnable onExhausted) {
        return new ListIterator<>(items, onNext, onExhausted);
    }

    /** An iterator produced on demand (a lazy range read). */
    static <T> QueryResultsIterator<T> lazy(java.util.function.Supplier<Iterator<T>> source) {
        return new QueryResultsIterator<>() {
            @Override
            public Iterator<T> iterator() {
                return source.get();
            }

            @Override
            public void close() {}
        };
    }

    static QueryResultsIteratorWithMetadata<KeyValue> withMetadata(
            List<KeyValue> items, String bookmark) {
        QueryResponseMetadata metadata =
                QueryResponseMetadata.newBuilder()
                        .setFetchedRecordsCount(items.size())
                        .setBookmark(bookmark)
                        .build();
        return new ListIteratorWithMetadata(items, metadata);
    }

    private static class ListIterator<T> implements QueryResultsIterator<T> {
        private final List<T> items;
        private final Consumer<T> onNext;
        private final Runnable onExhausted;

        ListIterator(List<T> items, Consumer<T> onNext, Runnable onExhausted) {
            this.items = List.copyOf(items);
            this.onNext = onNext;
            this.onExhausted = onExhausted;
        }

        @Override
        public Iterator<T> iterator() {
            Iterator<T> inner = items.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    boolean more = inner.hasNext();
                    if (!more) {
                        onExhausted.run();
                    }
                    return more;
                }

                @Override
                public T next() {
                    T item = inner.next();
                    onNext.accept(item);
                    return item;
                }
            };
        }

        @Override
        public void close() {}
    }

    private static final class ListIteratorWithMetadata extends ListIterator<KeyValue>
            implements QueryResultsIteratorWithMetadata<KeyValue> {
        private final QueryResponseMetadata metadata;

        ListIteratorWithMetadata(List<KeyValue> items, QueryResponseMetadata metadata) {
            super(items, kv -> {}, () -> {});
            this.metadata = metadata;
        }

        @Override
        public QueryResponseMetadata getMetadata() {
            return metadata;
        }
    }
}
