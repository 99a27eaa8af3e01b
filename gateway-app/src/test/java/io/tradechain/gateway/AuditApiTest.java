package io.tradechain.gateway;

import static io.tradechain.gateway.support.ApiScenarios.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Blocks and transactions by number and id, hash-chained, with arguments shown only to the sender
 * and regulator.
 */
@QuarkusTest
class AuditApiTest {

    private static Response registerSupplier(String code) {
        return as("corp.admin")
                .body(
                        "{\"creditCode\":\""
                                + code
                                + "\",\"name\":\"审计测试供应商\",\"kind\":\"SUPPLIER\"}")
                .post("/api/v1/parties");
    }

    @Test
    void aCommittedTransactionIsFoundByIdInTheBlockItAnsweredWith() {
        String code = TestCodes.fresh();
        Response written = registerSupplier(code);
        written.then().statusCode(201);
        String txId = written.path("txId");
        int block = written.path("blockNumber");

        as("corp.admin")
                .get("/api/v1/ledger/transactions/" + txId)
                .then()
                .statusCode(200)
                .body("blockNumber", equalTo(block))
                .body("validationCode", equalTo("VALID"))
                .body("chaincode", equalTo("parties"))
                .body("function", equalTo("RegisterParty"))
                .body("creatorMsp", equalTo("CorpMSP"))
                .body("args", hasItem(code));
        as("regulator.auditor")
                .get("/api/v1/ledger/blocks/" + block)
                .then()
                .statusCode(200)
                .body("number", equalTo(block))
                .body("transactions.txId", hasItem(txId))
                .body("transactions.find { it.txId == '" + txId + "' }.args", hasItem(code));
        as("bank1.viewer")
                .get("/api/v1/ledger/transactions/" + txId)
                .then()
                .statusCode(200)
                .body("args", nullValue())
                .body("function", equalTo("RegisterParty"));
    }

    @Test
    void blocksFormAHashChain() {
        registerSupplier(TestCodes.fresh()).then().statusCode(201);
        long height =
                as("bank1.viewer")
                        .get("/api/v1/ledger")
                        .then()
                        .statusCode(200)
                        .body("head", matchesPattern("[0-9a-f]{64}"))
                        .extract()
                        .jsonPath()
                        .getLong("height");
        String previous = "";
        for (long n = 0; n < height; n++) {
            Response block = as("bank1.viewer").get("/api/v1/ledger/blocks/" + n);
            block.then().statusCode(200).body("previousHash", equalTo(previous));
            previous = block.path("hash");
        }
        as("bank1.viewer").get("/api/v1/ledger").then().body("head", equalTo(previous));
    }

    @Test
    void unknownAndMalformedLookupsAre4xx() {
        as("bank1.viewer")
                .get("/api/v1/ledger/blocks/999999999")
                .then()
                .statusCode(404)
                .body("code", equalTo("BLOCK_NOT_FOUND"));
        as("bank1.viewer")
                .get("/api/v1/ledger/transactions/" + "ab".repeat(32))
                .then()
                .statusCode(404)
                .body("code", equalTo("TRANSACTION_NOT_FOUND"));
        as("bank1.viewer").get("/api/v1/ledger/blocks/-1").then().statusCode(400);
        as("bank1.viewer").get("/api/v1/ledger/blocks/12345678901234567890").then().statusCode(400);
        as("bank1.viewer").get("/api/v1/ledger/transactions/not-a-tx").then().statusCode(400);
    }

    @Test
    void auditNeedsAuthentication() {
        io.restassured.RestAssured.given().get("/api/v1/ledger").then().statusCode(401);
        io.restassured.RestAssured.given().get("/api/v1/events").then().statusCode(401);
    }

    @Test
    void theRegulatorSeesTheSameBlocksAsEveryone() {
        as("regulator.auditor")
                .get("/api/v1/ledger/blocks/0")
                .then()
                .statusCode(200)
                .body("previousHash", equalTo(""))
                .body("transactions", hasSize(1));
    }
}
