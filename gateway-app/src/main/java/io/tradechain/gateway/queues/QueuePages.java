package io.tradechain.gateway.queues;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradechain.gateway.ledger.LedgerException;
import jakarta.inject.Singleton;

/**
 * Reads a chaincode's page answer ({@code {items, bookmark, fetchedCount}}) into a typed page. The
 * chaincode's records may carry more fields than an item shows (the items ignore them); a page of
 * another shape is a fault of the ledger, not of the request.
 */
@Singleton
public class QueuePages {
    static final String BOOKMARK =
            "Opaque cursor of the next page, passed back as the bookmark query parameter; "
                    + "empty on the last page";
    static final String FETCHED_COUNT =
            "How many records the ledger read for this page (it may exceed the items "
                    + "when some are filtered out)";

    private final ObjectMapper reader;

    public QueuePages(ObjectMapper mapper) {
        this.reader = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The answer as a page of the given type. */
    public <P> P read(JsonNode answer, Class<P> pageType) {
        try {
            return reader.treeToValue(answer, pageType);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw LedgerException.unexpected(
                    "the chaincode answered a page of another shape than "
                            + pageType.getSimpleName(),
                    null);
        }
    }
}
