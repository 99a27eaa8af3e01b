package io.tradechain.chaincode.common;

import static io.tradechain.chaincode.common.LedgerFixture.error;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.ledger.TxResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.Test;

class EntityStoreOnLedgerTest {
    private final LedgerFixture f = new LedgerFixture();

    @Test
    void storesCanonicalJsonUnderACompositeKey() {
        assertThat(f.submit(f.clerk, "Create", "INV-1", "B1", "1000").isSuccess()).isTrue();
        String key = new CompositeKey("invoice", "INV-1").toString();
        assertThat(
                        new String(
                                f.ledger.committedState("commontest", key).orElseThrow(),
                                StandardCharsets.UTF_8))
                .isEqualTo(
                        "{\"amount\":{\"currency\":\"CNY\",\"minorUnits\":1000},\"buyer\":\"B1\",\"id\":\"INV-1\"}");
        assertThat(f.ledger.committedState("commontest", "INV-1")).isEmpty();
        assertThat(f.query("Get", "INV-1").get("amount").get("minorUnits").asLong())
                .isEqualTo(1000);
    }

    @Test
    void insertRefusesAnExistingKeyAndGetNamesTheMissingOne() {
        f.submit(f.clerk, "Create", "INV-1", "B1", "1000");
        ErrorInfo duplicate = error(f.submit(f.clerk, "Create", "INV-1", "B1", "5"));
        assertThat(duplicate.code()).isEqualTo("ALREADY_EXISTS");
        assertThat(duplicate.message()).isEqualTo("invoice INV-1 already exists");

        ErrorInfo missing = error(f.evaluate(f.clerk, "Get", "INV-404"));
        assertThat(missing.code()).isEqualTo("NOT_FOUND");
        assertThat(missing.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(missing.message()).isEqualTo("invoice INV-404 does not exist");
    }

    @Test
    void aTransactionDoesNotReadItsOwnWrites() {
        TxResult twice = f.submit(f.clerk, "CreateTwiceInOneTx", "INV-2");
        assertThat(twice.isSuccess()).as(twice.message()).isTrue();
        assertThat(twice.payloadAsString()).isEqualTo("not visible");
        assertThat(f.query("Get", "INV-2").get("buyer").asText()).isEqualTo("second");
    }

    @Test
    void unusableKeysAreInvalidArguments() {
        ErrorInfo empty = error(f.evaluate(f.clerk, "Get", ""));
        assertThat(empty.code()).isEqualTo("INVALID_ARGUMENT");
        assertThat(empty.message()).isEqualTo("a key of invoice must not be empty");
        assertThat(error(f.evaluate(f.clerk, "Get", "a\u0000b")).message())
                .contains("must not contain the characters U+0000 or U+10FFFF");
    }

    @Test
    void historyIsNewestFirstWithTimestampsAndDeletions() {
        f.submit(f.clerk, "Create", "INV-3", "B1", "100");
        f.clock.advance(Duration.ofMinutes(5));
        f.submit(f.clerk, "Reprice", "INV-3", "250");
        f.clock.advance(Duration.ofMinutes(5));
        f.submit(f.clerk, "Delete", "INV-3");

        JsonNode history = f.query("History", "INV-3");
        assertThat(history).hasSize(3);
        assertThat(history.get(0).get("deleted").asBoolean()).isTrue();
        assertThat(history.get(0).has("value")).isFalse();
        assertThat(history.get(0).get("timestamp").asText()).isEqualTo("2026-03-01T08:40:00Z");
        assertThat(history.get(1).get("value").get("amount").get("minorUnits").asLong())
                .isEqualTo(250);
        assertThat(history.get(2).get("value").get("amount").get("minorUnits").asLong())
                .isEqualTo(100);
        assertThat(history.get(2).get("timestamp").asText()).isEqualTo("2026-03-01T08:30:00Z");
        assertThat(history.get(2).get("txId").asText()).isNotBlank();
        assertThat(error(f.evaluate(f.clerk, "Get", "INV-3")).code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void listPagesThroughBookmarksInKeyOrder() {
        for (int i = 0; i < 12; i++) {
            f.submit(f.clerk, "Create", String.format("INV-%02d", i), "B", "1");
        }
        List<String> ids = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String bookmark = "";
        do {
            JsonNode page = f.query("List", "5", bookmark);
            sizes.add(page.get("items").size());
            page.get("items").forEach(item -> ids.add(item.get("id").asText()));
            bookmark = page.get("bookmark").asText();
        } while (!bookmark.isEmpty());
        assertThat(sizes).containsExactly(5, 5, 2);
        assertThat(ids).hasSize(12).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void pageSizeIsCappedAndPagingIsReadOnly() {
        assertThat(error(f.evaluate(f.clerk, "List", "201", "")).code())
                .isEqualTo("PAGE_SIZE_OUT_OF_RANGE");
        assertThat(f.submit(f.clerk, "ListThenWrite").isEndorsed()).isFalse();
    }
}
