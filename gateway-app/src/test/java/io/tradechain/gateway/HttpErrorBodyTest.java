package io.tradechain.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWithIgnoringCase;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tradechain.gateway.support.ApiScenarios;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Errors of the HTTP layer (authentication, body size, media type) answer the same JSON error body
 * as the rest.
 */
@QuarkusTest
class HttpErrorBodyTest {
    private static final String NEW_PARTY =
            "{\"creditCode\":\"91330106MA2CF1L6NM\",\"name\":\"x\",\"kind\":\"SUPPLIER\"}";

    @Test
    void aWrongPasswordOrAnUnknownUserIs401WithAChallengeAndAnErrorBody() {
        for (String[] credentials :
                new String[][] {{"bank1.officer", "not-demo"}, {"nobody", "demo"}}) {
            given().auth()
                    .preemptive()
                    .basic(credentials[0], credentials[1])
                    .get("/api/v1/parties")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWithIgnoringCase("basic"))
                    .body("code", equalTo("NOT_AUTHENTICATED"))
                    .body("detail", notNullValue())
                    .body("type", equalTo("urn:tradechain:problem:NOT_AUTHENTICATED"))
                    .body("status", equalTo(401))
                    .body("title", equalTo("Unauthorized"))
                    .body("instance", equalTo("/api/v1/parties"));
            given().auth()
                    .preemptive()
                    .basic(credentials[0], credentials[1])
                    .contentType("application/json")
                    .body(NEW_PARTY)
                    .post("/api/v1/parties")
                    .then()
                    .statusCode(401)
                    .header("WWW-Authenticate", startsWithIgnoringCase("basic"))
                    .body("code", equalTo("NOT_AUTHENTICATED"));
        }
    }

    /**
     * A chaincode's refusal is the same RFC 9457 problem, with its own code, status and the
     * request's path.
     */
    @Test
    void aLedgerRefusalIsAProblemWithItsCodeAndTheRequestPath() {
        String code = TestCodes.fresh();
        ApiScenarios.as("bank1.officer")
                .get("/api/v1/parties/" + code)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("PARTY_NOT_FOUND"))
                .body("type", equalTo("urn:tradechain:problem:PARTY_NOT_FOUND"))
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("instance", equalTo("/api/v1/parties/" + code))
                .body("detail", org.hamcrest.Matchers.containsString(code));
    }

    @Test
    void noCredentialsStays401WithItsBody() {
        given().get("/api/v1/parties")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", notNullValue())
                .body("code", equalTo("NOT_AUTHENTICATED"));
    }

    @Test
    void aBodyOverOneMegabyteIs413WithAnErrorBody() {
        byte[] body =
                ("{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
        Response response = ApiScenarios.as("corp.admin").body(body).post("/api/v1/parties");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.jsonPath().getString("code")).isEqualTo("PAYLOAD_TOO_LARGE");
        // unauthenticated too: the size is checked before anything else
        given().contentType("application/json")
                .body(body)
                .post("/api/v1/parties")
                .then()
                .statusCode(413)
                .body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @TestHTTPResource("/api/v1/parties")
    URI parties;

    @Test
    void aBodyWithNoContentTypeHeaderAtAllIs415AndWritesNothing() throws Exception {
        HttpResponse<String> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(parties)
                                        .header(
                                                "Authorization",
                                                "Basic "
                                                        + Base64.getEncoder()
                                                                .encodeToString(
                                                                        "corp.admin:demo"
                                                                                .getBytes(
                                                                                        StandardCharsets
                                                                                                .UTF_8)))
                                        .POST(
                                                HttpRequest.BodyPublishers.ofString(
                                                        "{\"creditCode\":\""
                                                                + TestCodes.fresh()
                                                                + "\",\"name\":\"x\",\"kind\":\"SUPPLIER\"}"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
        assertThat(response.body()).contains("\"code\":\"UNSUPPORTED_MEDIA_TYPE\"");
    }

    @Test
    void aBodyWithoutContentTypeIs415() {
        ApiScenarios.as("corp.admin")
                .noContentType()
                .body(NEW_PARTY.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/parties")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void anActionWithoutABodyNeedsNoContentType() throws Exception {
        HttpResponse<String> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                parties.resolve(
                                                        "/api/v1/lcs/"
                                                                + "a".repeat(64)
                                                                + "/advice"))
                                        .header(
                                                "Authorization",
                                                "Basic "
                                                        + Base64.getEncoder()
                                                                .encodeToString(
                                                                        "bank1.officer:demo"
                                                                                .getBytes(
                                                                                        StandardCharsets
                                                                                                .UTF_8)))
                                        .POST(HttpRequest.BodyPublishers.noBody())
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        // answered by the chaincode (no such L/C), not refused for its missing Content-Type
        assertThat(response.statusCode()).as(response.body()).isNotEqualTo(415).isBetween(400, 499);
        assertThat(response.body()).contains("\"code\"").doesNotContain("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void coercionsAreRefusedNamingTheField() {
        ApiScenarios.as("corp.admin")
                .body("{\"creditCode\":\"91330106MA2CF1L6NM\",\"name\":123,\"kind\":\"SUPPLIER\"}")
                .post("/api/v1/parties")
                .then()
                .statusCode(400)
                .body("code", equalTo("WRONG_TYPE"))
                .body("details.field", equalTo("name"));
        ApiScenarios.as("corp.admin")
                .body("{\"creditCode\":\"91330106MA2CF1L6NM\",\"name\":\"x\",\"kind\":0}")
                .post("/api/v1/parties")
                .then()
                .statusCode(400)
                .body("code", equalTo("WRONG_TYPE"))
                .body("details.field", equalTo("kind"));
        ApiScenarios.as("corp.admin")
                .body(
                        "{\"creditCode\":\"91330106MA2CF1L6NM\",\"name\":\"\\ud800\",\"kind\":\"SUPPLIER\"}")
                .post("/api/v1/parties")
                .then()
                .statusCode(400)
                .body("code", equalTo("MALFORMED_JSON"))
                .body("details.field", equalTo("name"));
        ApiScenarios.as("corp.admin")
                .body(NEW_PARTY + " trailing")
                .post("/api/v1/parties")
                .then()
                .statusCode(400)
                .body("code", equalTo("MALFORMED_JSON"));
        ApiScenarios.as("corp.admin")
                .body("{\"name\":\"a\"," + NEW_PARTY.substring(1))
                .post("/api/v1/parties")
                .then()
                .statusCode(400)
                .body("code", equalTo("MALFORMED_JSON"));
    }
}
