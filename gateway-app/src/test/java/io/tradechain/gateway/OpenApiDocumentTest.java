package io.tradechain.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document lists the endpoints, the Idempotency-Key header of writes and an example of
 * every body.
 */
@QuarkusTest
class OpenApiDocumentTest {
    @Test
    void writesDocumentTheIdempotencyKeyAndReadsDoNot() {
        given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths.'/api/v1/parties'.post.parameters.name", hasItem("Idempotency-Key"))
                .body(
                        "paths.'/api/v1/parties'.get.parameters.name",
                        not(hasItem("Idempotency-Key")))
                .body("paths.keySet()", hasItem("/api/v1/ledger/transactions/{txId}"))
                .body("paths.keySet()", hasItem("/api/v1/events"));
    }

    /**
     * Swagger UI's Authorize sends credentials only for the schemes an operation requires: every
     * requirement must name a scheme the document defines (it named "basic" while the scheme was
     * called "SecurityScheme").
     */
    @Test
    void everyOperationsSecurityRequirementNamesADefinedScheme() throws Exception {
        JsonNode document =
                new ObjectMapper()
                        .readTree(
                                given().accept("application/json")
                                        .get("/q/openapi?format=json")
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .asString());
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("basic").path("scheme").asText()).isEqualTo("basic");
        List<String> undefined = new ArrayList<>();
        int secured = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                for (JsonNode requirement : operation.getValue().path("security")) {
                    for (Map.Entry<String, JsonNode> named : requirement.properties()) {
                        secured++;
                        if (!schemes.has(named.getKey())) {
                            undefined.add(
                                    operation.getKey()
                                            + " "
                                            + path.getKey()
                                            + " -> "
                                            + named.getKey());
                        }
                    }
                }
            }
        }
        assertThat(secured).as("operations with a security requirement").isGreaterThan(50);
        assertThat(undefined).isEmpty();
    }

    /**
     * Swagger UI fills "Try it out" from the examples: every JSON request body has one, on its
     * schema or on each of its fields.
     */
    @Test
    void everyJsonRequestBodyHasAnExample() throws Exception {
        JsonNode document =
                new ObjectMapper()
                        .readTree(
                                given().accept("application/json")
                                        .get("/q/openapi?format=json")
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .asString());
        JsonNode schemas = document.path("components").path("schemas");
        List<String> withoutExample = new ArrayList<>();
        int bodies = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode body =
                        operation
                                .getValue()
                                .path("requestBody")
                                .path("content")
                                .path("application/json");
                if (body.isMissingNode()) {
                    continue;
                }
                bodies++;
                JsonNode schema = body.path("schema");
                if (schema.has("$ref")) {
                    schema =
                            schemas.path(
                                    schema.path("$ref")
                                            .asText()
                                            .replace("#/components/schemas/", ""));
                }
                if (!hasExample(body) && !hasExample(schema) && !everyFieldHasExample(schema)) {
                    withoutExample.add(operation.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(bodies).as("JSON request bodies in the document").isGreaterThanOrEqualTo(32);
        assertThat(withoutExample).as("request bodies without an example").isEmpty();
    }

    private static boolean hasExample(JsonNode node) {
        return node.has("example") || node.has("examples");
    }

    private static boolean everyFieldHasExample(JsonNode schema) {
        JsonNode fields = schema.path("properties");
        if (fields.isEmpty()) {
            return false;
        }
        for (JsonNode field : fields) {
            if (!hasExample(field) && !field.has("$ref")) {
                return false;
            }
        }
        return true;
    }
}
