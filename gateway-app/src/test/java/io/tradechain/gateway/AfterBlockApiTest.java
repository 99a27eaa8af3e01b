package io.tradechain.gateway;

import static io.tradechain.gateway.support.ApiScenarios.as;
import static io.tradechain.gateway.support.ApiScenarios.ledgerHeight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code After-Block: N} holds a request until this gateway's ledger has committed block N (the
 * read-your-writes token for a request that depends on another organisation's write), within a
 * bounded wait ({@code %test} profile: 1 s); the header is client input and is refused unless it is
 * one block number.
 */
@QuarkusTest
class AfterBlockApiTest {
    private static final String PARTIES = "/api/v1/parties";

    private static String supplier(String code) {
        return "{\"creditCode\":\"" + code + "\",\"name\":\"区块等待测试供应商\",\"kind\":\"SUPPLIER\"}";
    }

    private static Response registerAfter(String block, String code) {
        return as("corp.admin").header("After-Block", block).body(supplier(code)).post(PARTIES);
    }

    @Test
    void aCommittedBlockLetsReadsAndWritesThroughAtOnce() {
        Response first = as("corp.admin").body(supplier(TestCodes.fresh())).post(PARTIES);
        first.then().statusCode(201);
        String block = Long.toString(first.jsonPath().getLong("blockNumber"));

        as("bank1.officer")
                .header("After-Block", block)
                .get(PARTIES + "/" + first.jsonPath().getString("result.creditCode"))
                .then()
                .statusCode(200);
        registerAfter(block, TestCodes.fresh()).then().statusCode(201);
        registerAfter("0", TestCodes.fresh()).then().statusCode(201);
    }

    @Test
    void aRequestWaitsForABlockCommittedWhileItWaits() throws Exception {
        long next = ledgerHeight(); // the number the next block will have
        CompletableFuture<Response> waiting =
                CompletableFuture.supplyAsync(
                        () ->
                                as("regulator.auditor")
                                        .header("After-Block", Long.toString(next))
                                        .get("/api/v1/ledger"));
        Thread.sleep(200);

        as("corp.admin").body(supplier(TestCodes.fresh())).post(PARTIES).then().statusCode(201);

        Response answer = waiting.get(10, TimeUnit.SECONDS);
        answer.then().statusCode(200);
        // without the wait, the read would have answered the height it was sent at
        assertThat(answer.jsonPath().getLong("height"))
                .as("the height the waiting read answered")
                .isGreaterThan(next);
    }

    @Test
    void aBlockNotCommittedWithinTheWaitIs503LedgerBehindAndCommitsNothing() {
        long height = ledgerHeight();
        String code = TestCodes.fresh();
        long started = System.nanoTime();

        Response answer = registerAfter(Long.toString(height + 1_000), code);

        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        answer.then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("code", equalTo("LEDGER_BEHIND"))
                .body("details.afterBlock", equalTo(Long.toString(height + 1_000)))
                .body("details.height", equalTo(Long.toString(height)));
        assertThat(waitedMillis)
                .as("waited for the block before giving up")
                .isGreaterThanOrEqualTo(1000);
        assertThat(ledgerHeight()).as("nothing was committed").isEqualTo(height);
        as("bank1.officer").get(PARTIES + "/" + code).then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "-1",
                "+5",
                "01",
                "1.0",
                "1e3",
                "0x10",
                "abc",
                "12 13",
                "1,2",
                "1000000000000000000",
                "99999999999999999999999999",
                "9223372036854775808"
            })
    void anythingButOneBlockNumberIs400BeforeAnythingIsDone(String hostile) {
        long height = ledgerHeight();
        String code = TestCodes.fresh();
        for (Response answer :
                List.of(
                        registerAfter(hostile, code),
                        as("regulator.auditor")
                                .header("After-Block", hostile)
                                .get("/api/v1/ledger"))) {
            answer.then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("code", equalTo("INVALID_AFTER_BLOCK"))
                    .body("details.header", equalTo("After-Block"));
        }
        assertThat(ledgerHeight()).isEqualTo(height);
    }

    @Test
    void withoutCredentialsNothingWaitsAndTheAnswerIs401() {
        // held for the block, it would answer 503 LEDGER_BEHIND with the peer's height
        RestAssured.given()
                .header("After-Block", Long.toString(ledgerHeight() + 1_000))
                .get("/api/v1/ledger")
                .then()
                .statusCode(401)
                .body("code", equalTo("NOT_AUTHENTICATED"));
    }

    @Test
    void theHeaderTwiceIs400() {
        as("regulator.auditor")
                .header("After-Block", "0")
                .header("After-Block", "1")
                .get("/api/v1/ledger")
                .then()
                .statusCode(400)
                .body("code", equalTo("INVALID_AFTER_BLOCK"));
    }

    /** Generated from the served document: no operation of the API can miss the header. */
    @Test
    void everyOperationOfTheDocumentTakesTheHeader() {
        JsonPath document =
                RestAssured.given()
                        .accept("application/json")
                        .get("/q/openapi?format=json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                if (!(operation.getValue() instanceof Map<?, ?> body)
                        || !body.containsKey("responses")) {
                    continue;
                }
                operations++;
                Object parameters = body.get("parameters");
                boolean declared =
                        parameters instanceof List<?> list
                                && list.stream()
                                        .anyMatch(
                                                p ->
                                                        p instanceof Map<?, ?> parameter
                                                                && "After-Block"
                                                                        .equals(
                                                                                parameter.get(
                                                                                        "name"))
                                                                && "header"
                                                                        .equals(
                                                                                parameter.get(
                                                                                        "in")));
                if (!declared) {
                    missing.add(operation.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(operations).as("operations in the document").isGreaterThan(100);
        assertThat(missing).as("operations without the After-Block header").isEmpty();
    }
}
