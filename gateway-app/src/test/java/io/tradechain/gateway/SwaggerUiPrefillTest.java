package io.tradechain.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI fills a parameter's example (or its schema's default) into "Try it out". For a header
 * a write sends (the Idempotency-Key), that made every write of a session carry the same key, so
 * the second one was refused as IDEMPOTENCY_KEY_REUSED; SwaggerUiBrowserTest found it. Checked over
 * every write of the OpenAPI document.
 */
@QuarkusTest
class SwaggerUiPrefillTest {
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    @Test
    void noHeaderOfAWriteComesWithAValueSwaggerUiWouldFillIn() throws Exception {
        JsonNode document =
                new ObjectMapper()
                        .readTree(
                                given().accept("application/json")
                                        .get("/q/openapi?format=json")
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .asString());
        List<String> prefilled = new ArrayList<>();
        int headers = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!WRITES.contains(operation.getKey())) {
                    continue;
                }
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    if (!"header".equals(parameter.path("in").asText())) {
                        continue;
                    }
                    headers++;
                    if (parameter.has("example")
                            || parameter.has("examples")
                            || parameter.path("schema").has("default")
                            || parameter.path("schema").has("example")
                            || parameter.path("schema").has("examples")) {
                        prefilled.add(
                                operation.getKey()
                                        + " "
                                        + path.getKey()
                                        + " "
                                        + parameter.path("name"));
                    }
                }
            }
        }
        assertThat(headers).as("header parameters of writes").isGreaterThan(50);
        assertThat(prefilled).isEmpty();
    }
}
