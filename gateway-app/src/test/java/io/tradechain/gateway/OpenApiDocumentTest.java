package io.tradechain.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI document lists the new endpoints and the Idempotency-Key header of writes, without credentials. */
@QuarkusTest
class OpenApiDocumentTest {
    @Test
    void writesDocumentTheIdempotencyKeyAndReadsDoNot() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/parties'.post.parameters.name", hasItem("Idempotency-Key"))
                .body("paths.'/api/v1/parties'.get.parameters.name", not(hasItem("Idempotency-Key")))
                .body("paths.keySet()", hasItem("/api/v1/ledger/transactions/{txId}"))
                .body("paths.keySet()", hasItem("/api/v1/events"));
    }
}
