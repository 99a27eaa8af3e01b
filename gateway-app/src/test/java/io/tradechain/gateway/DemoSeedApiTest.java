package io.tradechain.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tradechain.gateway.support.ApiScenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/demo/seed} driven the way {@code scripts/network.sh seed} drives the gateways
 * of a Fabric network: start at one gateway with {@code {}}, then send each answer's progress to
 * the gateway of the organisation it names, as that organisation's admin. The test gateway serves
 * every organisation, so each organisation's calls go to it; it plays only the caller's
 * organisation's steps, exactly as one organisation's gateway does. The embedded gateway seeded the
 * same plan at start, so the whole play adds nothing.
 */
@QuarkusTest
class DemoSeedApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> ADMINS =
            Map.of(
                    "Bank1MSP", "bank1.admin",
                    "Bank2MSP", "bank2.admin",
                    "CorpMSP", "corp.admin",
                    "AuthorityMSP", "authority.admin");

    @Test
    void playedGatewayByGatewayTheDemoPlanFindsEveryStepSeededAtStartAndAddsNothing()
            throws Exception {
        long height = ApiScenarios.ledgerHeight();
        JsonNode progress = JSON.createObjectNode();
        String organisation = "Bank1MSP";
        List<String> playedBy = new ArrayList<>();
        JsonNode answer = null;
        for (int calls = 0; calls < 100 && organisation != null; calls++) {
            answer = seed(ADMINS.get(organisation), progress, 200);
            if (answer.path("played").asInt() > 0) {
                playedBy.add(organisation);
            }
            progress = answer.path("progress");
            String next = answer.path("next").asText(null);
            assertThat(next).as("never handed to itself").isNotEqualTo(organisation);
            organisation = next;
        }
        assertThat(organisation).as("the play came to its end").isNull();
        assertThat(playedBy)
                .startsWith("CorpMSP", "Bank1MSP", "Bank2MSP", "AuthorityMSP")
                .hasSizeGreaterThan(10);
        int steps = progress.path("cursor").asInt();
        assertThat(steps).isGreaterThan(40);
        int unchanged = 0;
        for (JsonNode tally : progress.path("tally")) {
            assertThat(tally.path("added").asInt()).as(tally.toString()).isZero();
            assertThat(tally.path("refused").asInt()).as(tally.toString()).isZero();
            unchanged += tally.path("unchanged").asInt();
        }
        assertThat(unchanged).isEqualTo(steps);
        assertThat(answer.path("summary").asText())
                .startsWith("nothing added; " + steps + " steps were done already");
        assertThat(ApiScenarios.ledgerHeight()).as("nothing committed").isEqualTo(height);

        // the values the L/C script captured come back from the transactions of the first play
        String lcId = progress.path("values").path("lcId").asText();
        assertThat(progress.path("values").path("offerId").asText()).isNotBlank();
        assertThat(
                        ApiScenarios.as("coreco.treasurer")
                                .get("/api/v1/lcs/" + lcId + "/terms")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getString("contractRef"))
                .isEqualTo("HD-SZ-2026-0920");
    }

    @Test
    void aGatewayPlaysItsOwnOrganisationsRunOfStepsAndNamesTheOrganisationThatPlaysOn()
            throws Exception {
        JsonNode notMine = seed("bank1.admin", JSON.createObjectNode(), 200);
        assertThat(notMine.path("played").asInt()).isZero();
        assertThat(notMine.path("next").asText()).isEqualTo("CorpMSP");
        assertThat(notMine.path("progress").path("cursor").asInt()).isZero();

        JsonNode corp = seed("corp.admin", notMine.path("progress"), 200);
        assertThat(corp.path("played").asInt()).as("the six Corp parties").isEqualTo(6);
        assertThat(corp.path("next").asText()).isEqualTo("Bank1MSP");
        assertThat(corp.path("progress").path("cursor").asInt()).isEqualTo(6);
        assertThat(corp.path("progress").path("tally").path("PARTIES").path("unchanged").asInt())
                .isEqualTo(6);
    }

    @Test
    void onlyAdminsOfAWritingOrganisationSeedAndTheProgressIsChecked() throws Exception {
        assertThat(code(ApiScenarios.as("bank1.officer").body("{}").post("/api/v1/demo/seed"), 403))
                .isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(
                        code(
                                ApiScenarios.as("regulator.admin")
                                        .body("{}")
                                        .post("/api/v1/demo/seed"),
                                403))
                .isEqualTo("READ_ONLY_ORGANISATION");
        ObjectNode negative = JSON.createObjectNode().put("cursor", -1);
        assertThat(
                        code(
                                ApiScenarios.as("corp.admin")
                                        .body(negative.toString())
                                        .post("/api/v1/demo/seed"),
                                400))
                .isEqualTo("INVALID_REQUEST");
        ObjectNode unknown = JSON.createObjectNode().put("step", 3);
        assertThat(
                        code(
                                ApiScenarios.as("corp.admin")
                                        .body(unknown.toString())
                                        .post("/api/v1/demo/seed"),
                                400))
                .isEqualTo("UNKNOWN_FIELD");
    }

    private static JsonNode seed(String admin, JsonNode progress, int status) throws Exception {
        String body =
                ApiScenarios.as(admin)
                        .body(progress.toString())
                        .post("/api/v1/demo/seed")
                        .then()
                        .statusCode(status)
                        .extract()
                        .asString();
        return JSON.readTree(body);
    }

    private static String code(Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        return response.jsonPath().getString("code");
    }
}
