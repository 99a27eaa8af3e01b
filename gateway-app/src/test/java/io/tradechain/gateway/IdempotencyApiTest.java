package io.tradechain.gateway;

import static io.tradechain.gateway.support.ApiScenarios.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tradechain.gateway.support.ApiScenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A write retried with the same Idempotency-Key commits once and answers every retry with the first
 * result.
 */
@QuarkusTest
class IdempotencyApiTest {

    private static String supplier(String code) {
        return "{\"creditCode\":\"" + code + "\",\"name\":\"幂等测试供应商\",\"kind\":\"SUPPLIER\"}";
    }

    private static Response register(String key, String code) {
        return as("corp.admin")
                .header("Idempotency-Key", key)
                .body(supplier(code))
                .post("/api/v1/parties");
    }

    private static long height() {
        return as("regulator.auditor")
                .get("/api/v1/ledger")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("height");
    }

    @Test
    void aRetryReturnsTheFirstResultAndCommitsNothing() {
        String key = UUID.randomUUID().toString();
        String code = TestCodes.fresh();
        Response first = register(key, code);
        first.then().statusCode(201).body("replayed", equalTo(false));
        long heightAfterFirst = height();

        Response retry = register(key, code);

        retry.then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("replayed", equalTo(true))
                .body("txId", equalTo(first.path("txId")))
                .body("blockNumber", equalTo((Integer) first.path("blockNumber")))
                .body("result.creditCode", equalTo(code));
        assertThat(height()).isEqualTo(heightAfterFirst);
    }

    @Test
    void withoutAKeyARetryIsASecondRequest() {
        String code = TestCodes.fresh();
        as("corp.admin").body(supplier(code)).post("/api/v1/parties").then().statusCode(201);
        as("corp.admin")
                .body(supplier(code))
                .post("/api/v1/parties")
                .then()
                .statusCode(409)
                .body("code", equalTo("PARTY_ALREADY_REGISTERED"));
    }

    @Test
    void theSameKeyForAnotherRequestIs422() {
        String key = UUID.randomUUID().toString();
        register(key, TestCodes.fresh()).then().statusCode(201);
        register(key, TestCodes.fresh())
                .then()
                .statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    /**
     * Writes whose differences travel only as private (transient) inputs: the same key with another
     * invoice, another L/C amount or other financing terms is another request, never a replay of
     * the first.
     */
    @Test
    void theSameKeyWithOtherPrivateInputsIs422AndNothingCommits() {
        String invoiceKey = UUID.randomUUID().toString();
        Map<String, Object> invoice = ApiScenarios.invoice();
        as("tax.officer")
                .header("Idempotency-Key", invoiceKey)
                .body(invoice)
                .post("/api/v1/verification/invoices")
                .then()
                .statusCode(201);
        long height = height();
        as("tax.officer")
                .header("Idempotency-Key", invoiceKey)
                .body(ApiScenarios.invoice())
                .post("/api/v1/verification/invoices")
                .then()
                .statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        as("tax.officer")
                .header("Idempotency-Key", invoiceKey)
                .body(invoice)
                .post("/api/v1/verification/invoices")
                .then()
                .statusCode(201)
                .body("replayed", equalTo(true));

        String lcKey = UUID.randomUUID().toString();
        Map<String, Object> application = ApiScenarios.application(30);
        as("coreco.treasurer")
                .header("Idempotency-Key", lcKey)
                .body(application)
                .post("/api/v1/lcs")
                .then()
                .statusCode(201);
        application.put("amount", ApiScenarios.money("CNY", 60_000_000));
        as("coreco.treasurer")
                .header("Idempotency-Key", lcKey)
                .body(application)
                .post("/api/v1/lcs")
                .then()
                .statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(height()).isEqualTo(height + 1);
    }

    @Test
    void aMalformedKeyIs400BeforeAnythingRuns() {
        register("not a key!", TestCodes.fresh())
                .then()
                .statusCode(400)
                .body("code", equalTo("INVALID_IDEMPOTENCY_KEY"))
                .body("details.field", equalTo("Idempotency-Key"));
        register("k".repeat(129), TestCodes.fresh())
                .then()
                .statusCode(400)
                .body("code", equalTo("INVALID_IDEMPOTENCY_KEY"));
    }

    @Test
    void concurrentRetriesCommitOnceAndAllGetTheSameTransaction() throws Exception {
        String key = UUID.randomUUID().toString();
        String code = TestCodes.fresh();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> register(key, code));
            }
            List<String> txIds = new ArrayList<>();
            int replays = 0;
            for (Future<Response> f : pool.invokeAll(calls)) {
                Response r = f.get();
                assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
                txIds.add(r.path("txId"));
                replays += Boolean.TRUE.equals(r.path("replayed")) ? 1 : 0;
            }
            assertThat(txIds).containsOnly(txIds.get(0));
            assertThat(replays).isEqualTo(7);
        } finally {
            pool.shutdownNow();
        }
        as("regulator.auditor")
                .get("/api/v1/parties/" + code + "/history")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1));
    }
}
