package io.tradechain.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed requests of every sort answer 4xx with an error body, never 500 and never a stack
 * trace.
 */
@QuarkusTest
class BadInputTest {
    private static final String PARTIES = "/api/v1/parties";
    private static final String GOOD_CODE = "91330106MA2CF1L6NM";
    private static final String BIND = PARTIES + "/" + GOOD_CODE + "/identities";

    static Stream<Arguments> requests() {
        return Stream.of(
                post(PARTIES, "{", 400, "MALFORMED_JSON"),
                post(PARTIES, "not json at all", 400, "MALFORMED_JSON"),
                post(
                        PARTIES,
                        "{\"creditCode\":\"" + GOOD_CODE + "\",\"name\":\"x\",}",
                        400,
                        "MALFORMED_JSON"),
                post(PARTIES, "", 400, "INVALID_REQUEST"),
                post(PARTIES, "null", 400, "INVALID_REQUEST"),
                post(PARTIES, "[]", 400, "WRONG_TYPE"),
                post(PARTIES, "\"a string\"", 400, "WRONG_TYPE"),
                post(PARTIES, "42", 400, "WRONG_TYPE"),
                post(PARTIES, "{}", 400, "INVALID_REQUEST"),
                post(
                        PARTIES,
                        "{\"creditCode\":\""
                                + GOOD_CODE
                                + "\",\"name\":\"x\",\"kind\":\"SUPPLIER\",\"extra\":1}",
                        400,
                        "UNKNOWN_FIELD"),
                post(
                        PARTIES,
                        "{\"creditCode\":12,\"name\":\"x\",\"kind\":\"SUPPLIER\"}",
                        400,
                        null),
                post(
                        PARTIES,
                        "{\"creditCode\":[\"a\"],\"name\":\"x\",\"kind\":\"SUPPLIER\"}",
                        400,
                        "WRONG_TYPE"),
                post(
                        PARTIES,
                        "{\"creditCode\":{},\"name\":\"x\",\"kind\":\"SUPPLIER\"}",
                        400,
                        "WRONG_TYPE"),
                post(
                        PARTIES,
                        "{\"creditCode\":\""
                                + GOOD_CODE
                                + "\",\"name\":\"x\",\"kind\":\"PARTNER\"}",
                        400,
                        "WRONG_TYPE"),
                post(
                        PARTIES,
                        "{\"creditCode\":\"" + GOOD_CODE + "\",\"name\":\"x\",\"kind\":7}",
                        400,
                        null),
                post(
                        PARTIES,
                        "{\"creditCode\":\""
                                + GOOD_CODE
                                + "\",\"name\":\"x\",\"kind\":\"REGULATOR\"}",
                        400,
                        "WRONG_TYPE"),
                post(
                        PARTIES,
                        "{\"creditCode\":\"" + GOOD_CODE + "\",\"name\":\"x\"}",
                        400,
                        "INVALID_REQUEST"),
                post(
                        PARTIES,
                        "{\"creditCode\":\"\",\"name\":\"x\",\"kind\":\"SUPPLIER\"}",
                        400,
                        "INVALID_REQUEST"),
                post(
                        PARTIES,
                        "{\"creditCode\":\"123\",\"name\":\"x\",\"kind\":\"SUPPLIER\"}",
                        400,
                        "INVALID_REQUEST"),
                post(
                        PARTIES,
                        "{\"creditCode\":\"91330106MA2CF1L6NX\",\"name\":\"x\",\"kind\":\"SUPPLIER\"}",
                        400,
                        "INVALID_CREDIT_CODE"),
                post(
                        PARTIES,
                        "{\"creditCode\":\""
                                + GOOD_CODE
                                + "\",\"name\":\"\",\"kind\":\"SUPPLIER\"}",
                        400,
                        "INVALID_REQUEST"),
                post(
                        PARTIES,
                        "{\"creditCode\":\""
                                + GOOD_CODE
                                + "\",\"name\":\""
                                + "x".repeat(201)
                                + "\",\"kind\":\"SUPPLIER\"}",
                        400,
                        "INVALID_REQUEST"),
                post(
                        PARTIES,
                        "{\"creditCode\":\""
                                + GOOD_CODE
                                + "\",\"name\":\" padded \",\"kind\":\"SUPPLIER\"}",
                        400,
                        "INVALID_ARGUMENT"),
                post(BIND, "{}", 400, "INVALID_REQUEST"),
                post(BIND, "{\"clientId\":\"alice\"}", 400, "INVALID_CLIENT_ID"),
                post(BIND, "{\"clientId\":true}", 400, null),
                post(BIND, "{\"clientId\":\"" + "x".repeat(3000) + "\"}", 400, "INVALID_REQUEST"),
                post(
                        PARTIES + "/not-a-code/identities",
                        "{\"clientId\":\"x509::CN=a::CN=b\"}",
                        400,
                        "INVALID_REQUEST"),
                get(PARTIES + "/short", 400, "INVALID_REQUEST"),
                get(PARTIES + "?pageSize=0", 400, "INVALID_REQUEST"),
                get(PARTIES + "?pageSize=201", 400, "PAGE_SIZE_OUT_OF_RANGE"),
                get(PARTIES + "?pageSize=ten", 400, "INVALID_REQUEST"),
                get(PARTIES + "?kind=FACTOR", 400, "INVALID_REQUEST"),
                get("/api/v1/nothing-here", 404, "NOT_FOUND"),
                Arguments.of("PUT", PARTIES, "{}", "application/json", 405, "METHOD_NOT_ALLOWED"),
                Arguments.of(
                        "POST",
                        PARTIES,
                        "creditCode=1",
                        "text/plain",
                        415,
                        "UNSUPPORTED_MEDIA_TYPE"),
                Arguments.of(
                        "POST",
                        PARTIES,
                        "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}",
                        "application/json",
                        413,
                        "PAYLOAD_TOO_LARGE"));
    }

    private static Arguments post(String path, String body, int status, String code) {
        return Arguments.of("POST", path, body, "application/json", status, code);
    }

    private static Arguments get(String path, int status, String code) {
        return Arguments.of("GET", path, null, null, status, code);
    }

    @ParameterizedTest(name = "[{index}] {0} {1} -> {4} {5}")
    @MethodSource("requests")
    void aMalformedRequestIsA4xxWithAnErrorBody(
            String method, String path, String body, String contentType, int status, String code) {
        RequestSpecification request = given().auth().preemptive().basic("corp.admin", "demo");
        if (contentType != null) {
            request = request.contentType(contentType);
        }
        if (body != null) {
            request = request.body(body);
        }
        Response response = request.request(method, path);

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        String text = response.asString();
        assertThat(text).doesNotContain("Exception").doesNotContain("\tat ");
        if (code != null) {
            assertThat(response.jsonPath().getString("code")).as(text).isEqualTo(code);
        }
    }
}
