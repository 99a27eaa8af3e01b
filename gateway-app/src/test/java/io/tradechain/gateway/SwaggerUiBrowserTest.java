package io.tradechain.gateway;

import static io.tradechain.gateway.support.ApiScenarios.as;
import static io.tradechain.gateway.support.ApiScenarios.money;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tradechain.gateway.browser.HeadlessChromium;
import io.tradechain.gateway.browser.SwaggerUiPage;
import io.tradechain.gateway.ledger.LedgerPort;
import io.tradechain.gateway.ledger.TransactionInfo;
import io.tradechain.gateway.security.ApiUserDirectory;
import io.tradechain.gateway.security.DemoUser;
import io.tradechain.gateway.support.ApiScenarios;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The operator's path through a real browser: the Swagger UI, Authorize with one demo user, a
 * certificate issued with "Try it out", Logout and Authorize as the supplier, who accepts it and
 * transfers part of it. The ledger's own record of each write then names the user who was logged in
 * when it was sent. Skipped (with a message) where chromium or chromedriver is not installed; CI
 * installs both.
 */
@QuarkusTest
class SwaggerUiBrowserTest {
    @TestHTTPResource("/")
    URI gateway;

    @Inject LedgerPort ledger;

    @Inject ApiUserDirectory users;

    @Inject ObjectMapper mapper;

    @Test
    void issueAcceptAndTransferThroughTheSwaggerUiAsTwoUsers() throws Exception {
        Map<String, Object> invoice = ApiScenarios.invoice();
        String invoiceId = ApiScenarios.registered(invoice);
        String issueBody =
                mapper.writeValueAsString(
                        ApiScenarios.issue(1_200_000, ApiScenarios.today(60), invoiceId, invoice));
        try (HeadlessChromium chromium = HeadlessChromium.startOrSkip()) {
            SwaggerUiPage swagger = new SwaggerUiPage(chromium.driver()).open(gateway);

            assertThat(swagger.loggedIn()).isFalse();
            swagger.logInAs("coreco.treasurer", "demo");
            assertThat(swagger.loggedIn()).isTrue();
            assertThat(whoAmI(swagger)).isEqualTo("coreco.treasurer");
            SwaggerUiPage.Answer issued =
                    swagger.operation("POST", "/api/v1/receivables/certificates")
                            .body(issueBody)
                            .execute();
            assertThat(issued.status()).as(issued.body()).isEqualTo(201);
            JsonNode certificate = mapper.readTree(issued.body());
            String rootId = certificate.path("result").path("rootId").asText();
            assertThat(rootId).matches("[0-9a-f]{64}");

            swagger.logOut();
            assertThat(swagger.loggedIn()).isFalse();
            swagger.logInAs("suzhou.clerk", "demo");
            assertThat(whoAmI(swagger)).isEqualTo("suzhou.clerk");
            SwaggerUiPage.Answer accepted =
                    swagger.operation(
                                    "POST", "/api/v1/receivables/certificates/{rootId}/acceptance")
                            .parameter("rootId", rootId)
                            .execute();
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
            SwaggerUiPage.Answer transferred =
                    swagger.operation("POST", "/api/v1/receivables/pieces/{pieceId}/transfers")
                            .parameter("pieceId", rootId)
                            .body(
                                    mapper.writeValueAsString(
                                            Map.of(
                                                    "recipientCode",
                                                    ApiScenarios.B,
                                                    "amount",
                                                    money("CNY", 450_000))))
                            .execute();
            assertThat(transferred.status()).as(transferred.body()).isEqualTo(200);

            assertSentBy(certificate, "coreco.treasurer", "IssueCertificate");
            assertSentBy(mapper.readTree(accepted.body()), "suzhou.clerk", "AcceptCertificate");
            JsonNode transfer = mapper.readTree(transferred.body());
            assertSentBy(transfer, "suzhou.clerk", "TransferPiece");

            // what the ledger now holds is what those users asked for
            as("regulator.auditor")
                    .get("/api/v1/receivables/certificates/" + rootId)
                    .then()
                    .statusCode(200)
                    .body("debtorCode", org.hamcrest.Matchers.equalTo(ApiScenarios.CORE))
                    .body("firstHolderCode", org.hamcrest.Matchers.equalTo(ApiScenarios.A))
                    .body("status", org.hamcrest.Matchers.equalTo("OUTSTANDING"));
            String toB = transfer.path("result").path("transferred").path("pieceId").asText();
            JsonPath holdings =
                    as("hangzhou.clerk")
                            .get(
                                    "/api/v1/receivables/parties/"
                                            + ApiScenarios.B
                                            + "/holdings?pageSize=200")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            assertThat(
                            holdings.getLong(
                                    "items.find { it.pieceId == '" + toB + "' }.amount.minorUnits"))
                    .isEqualTo(450_000L);
        }
    }

    /** GET /api/v1/me through the page: the user the gateway sees behind the page's credentials. */
    private String whoAmI(SwaggerUiPage swagger) throws Exception {
        SwaggerUiPage.Answer me = swagger.operation("GET", "/api/v1/me").execute();
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        return mapper.readTree(me.body()).path("username").asText();
    }

    /**
     * The transaction of a write answer, as its block records it and as the audit API shows it:
     * sent by the Fabric identity of {@code username}, calling {@code function}.
     */
    private void assertSentBy(JsonNode answer, String username, String function) {
        String txId = answer.path("txId").asText();
        DemoUser user =
                users.all().stream()
                        .filter(u -> u.username().equals(username))
                        .findFirst()
                        .orElseThrow();
        TransactionInfo tx =
                ledger.transaction(txId)
                        .orElseThrow(() -> new AssertionError("no transaction " + txId));
        assertThat(tx.isValid()).isTrue();
        assertThat(tx.function()).isEqualTo(function);
        assertThat(tx.creatorMsp()).isEqualTo(user.mspId());
        assertThat(tx.creatorName())
                .as("the identity that signed %s", function)
                .isEqualTo(user.identity());
        as("regulator.auditor")
                .get("/api/v1/ledger/transactions/" + txId)
                .then()
                .statusCode(200)
                .body("function", org.hamcrest.Matchers.equalTo(function))
                .body("creatorMsp", org.hamcrest.Matchers.equalTo(user.mspId()))
                .body(
                        "blockNumber",
                        org.hamcrest.Matchers.equalTo(answer.path("blockNumber").asInt()));
    }
}
