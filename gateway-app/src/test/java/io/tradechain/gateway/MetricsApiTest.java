package io.tradechain.gateway;

import static io.restassured.RestAssured.given;
import static io.tradechain.gateway.support.ApiScenarios.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.tradechain.gateway.support.ApiScenarios;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ledger's figures on /q/metrics (Prometheus) move with the writes. */
@QuarkusTest
class MetricsApiTest {
    static final String COMMITTED = "tradechain_ledger_commit_seconds_count{outcome=\"committed\"";
    static final String COMMIT_SECONDS =
            "tradechain_ledger_commit_seconds_sum{outcome=\"committed\"";
    static final String REFUSED = "tradechain_ledger_commit_seconds_count{outcome=\"refused\"";
    static final String BLOCKS_MEASURED = "tradechain_ledger_block_size_transactions_count";
    static final String BLOCK_TRANSACTIONS = "tradechain_ledger_block_size_transactions_sum";
    static final String HEIGHT = "tradechain_ledger_height";

    /**
     * The value of the first sample whose name (with the labels given, if any) starts the line; the label part of
     * {@code sample} is matched as a prefix, e.g. {@code name{outcome="committed"}.
     */
    static double value(String metrics, String sample) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(sample)
                    && (sample.contains("{")
                            || line.startsWith(sample + " ")
                            || line.startsWith(sample + "{"))) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no sample " + sample + " on /q/metrics");
    }

    static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void aWriteMovesCommitLatencyBlockSizeAndHeight() throws Exception {
        String before = metrics();
        Map<String, Object> invoice = ApiScenarios.invoice();
        String txBlock =
                as("tax.officer")
                        .body(invoice)
                        .post("/api/v1/verification/invoices")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("blockNumber")
                        .toString();
        as("tax.officer")
                .body(invoice)
                .post("/api/v1/verification/invoices")
                .then()
                .statusCode(409);

        long deadline = System.nanoTime() + 10_000_000_000L;
        String after = metrics();
        // the block's size is measured off the committing thread: allow it a moment
        while (value(after, BLOCKS_MEASURED) <= value(before, BLOCKS_MEASURED)
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
            after = metrics();
        }
        assertThat(value(after, COMMITTED)).isGreaterThanOrEqualTo(value(before, COMMITTED) + 1);
        assertThat(value(after, COMMIT_SECONDS)).isGreaterThan(value(before, COMMIT_SECONDS));
        assertThat(value(after, REFUSED)).isGreaterThanOrEqualTo(value(before, REFUSED) + 1);
        assertThat(value(after, BLOCKS_MEASURED)).isGreaterThan(value(before, BLOCKS_MEASURED));
        assertThat(value(after, BLOCK_TRANSACTIONS))
                .isGreaterThanOrEqualTo(value(before, BLOCK_TRANSACTIONS) + 1);
        assertThat(value(after, HEIGHT))
                .isGreaterThan(Double.parseDouble(txBlock))
                .isGreaterThan(value(before, HEIGHT));
        // no relay in this profile: its lag is not a number rather than a reassuring 0
        assertThat(value(after, "tradechain_events_relay_lag_blocks")).isNaN();
    }
}
