package io.tradechain.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tradechain.gateway.support.ApiScenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Role x endpoint matrix from the OpenAPI document: every write (POST, PUT, PATCH, DELETE under
 * /api/ that is not marked {@code x-evaluation}) called by each user of the regulator's
 * organisation, whatever its roles, with and without a body, answers 403 READ_ONLY_ORGANISATION;
 * the evaluations stay open to it; nothing is written.
 */
@QuarkusTest
class ReadOnlyOrganisationMatrixTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REGULATOR_USERS =
            List.of("regulator.auditor", "regulator.admin");
    private static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch", "delete");

    @Test
    void everyWriteOfTheRegulatorIsReadOnlyOrganisation() throws Exception {
        JsonNode document =
                JSON.readTree(
                        given().accept("application/json")
                                .get("/q/openapi?format=json")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString());
        long before = ApiScenarios.ledgerHeight();
        List<String> failures = new ArrayList<>();
        int writes = 0;
        int evaluations = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!WRITE_METHODS.contains(operation.getKey())) {
                    continue;
                }
                if (operation.getValue().path("x-evaluation").asBoolean(false)) {
                    evaluations++;
                    continue;
                }
                writes++;
                String url = path.getKey().replaceAll("\\{[^}]+}", "1");
                for (String user : REGULATOR_USERS) {
                    for (String body : new String[] {"{}", null}) {
                        var request = given().auth().preemptive().basic(user, "demo");
                        if (body != null) {
                            request = request.contentType("application/json").body(body);
                        } else {
                            request = request.noContentType();
                        }
                        Response response = request.request(operation.getKey().toUpperCase(), url);
                        String code =
                                response.statusCode() == 403
                                        ? response.jsonPath().getString("code")
                                        : null;
                        if (!"READ_ONLY_ORGANISATION".equals(code)) {
                            failures.add(
                                    operation.getKey().toUpperCase()
                                            + " "
                                            + path.getKey()
                                            + " as "
                                            + user
                                            + (body == null ? " (no body)" : "")
                                            + ": "
                                            + response.statusCode()
                                            + " "
                                            + response.asString());
                        }
                    }
                }
            }
        }
        assertThat(writes).as("write operations in the document").isGreaterThanOrEqualTo(40);
        assertThat(evaluations).as("evaluations sent with POST (verification)").isEqualTo(1);
        assertThat(failures).as("regulator writes not refused as READ_ONLY_ORGANISATION").isEmpty();
        assertThat(ApiScenarios.ledgerHeight()).isEqualTo(before);
    }

    @Test
    void theRegulatorStillVerifies() {
        ApiScenarios.as("regulator.auditor")
                .body("{\"documents\":[]}")
                .post("/api/v1/verification/verify")
                .then()
                .statusCode(400)
                .body("code", org.hamcrest.Matchers.not("READ_ONLY_ORGANISATION"));
    }
}
