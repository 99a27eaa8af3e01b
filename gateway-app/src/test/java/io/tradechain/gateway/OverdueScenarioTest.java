package io.tradechain.gateway;

import static io.tradechain.gateway.support.ApiScenarios.CORE;
import static io.tradechain.gateway.support.ApiScenarios.LINE;
import static io.tradechain.gateway.support.ApiScenarios.as;
import static io.tradechain.gateway.support.ApiScenarios.today;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tradechain.gateway.support.ApiScenarios;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scenario 16 of docs/domain.md through the REST API: a certificate passes maturity unpaid, it is
 * overdue, CoreCo's line is frozen (no new issue), Bank1 reports CoreCo to the blacklist; after
 * payment and delisting the line is restored. It freezes the demo line, so it runs on a gateway of
 * its own (a fresh ledger), not the one the other tests share.
 */
@QuarkusTest
@TestProfile(OverdueScenarioTest.OwnLedger.class)
class OverdueScenarioTest {
    /** A profile of its own: Quarkus starts a separate gateway, with its own data directory. */
    public static class OwnLedger implements QuarkusTestProfile {}

    @Inject MovableLedgerClock clock;

    @Test
    void scenario16AnOverdueCertificateFreezesTheLineUntilPaidAndDelisted() {
        Map<String, Object> invoice = ApiScenarios.invoice();
        ApiScenarios.registered(invoice);
        String rootId = ApiScenarios.issuedAndAccepted(3_000_000, today(10), invoice);
        long usedWhileOutstanding = ApiScenarios.lineUsed();

        // not before maturity, and only by the funder
        as("bank1.officer")
                .post("/api/v1/receivables/certificates/" + rootId + "/overdue")
                .then()
                .statusCode(422)
                .body("code", org.hamcrest.Matchers.equalTo("NOT_MATURED"));
        clock.advance(Duration.ofDays(11));
        try {
            as("bank2.officer")
                    .post("/api/v1/receivables/certificates/" + rootId + "/overdue")
                    .then()
                    .statusCode(403);
            as("bank1.officer")
                    .post("/api/v1/receivables/certificates/" + rootId + "/overdue")
                    .then()
                    .statusCode(200);
            as("coreco.treasurer")
                    .get("/api/v1/receivables/certificates/" + rootId)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("OVERDUE"));
            as("bank1.officer")
                    .get("/api/v1/receivables/lines/" + LINE)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("FROZEN"));
            // a frozen line takes no new certificate
            Map<String, Object> another = ApiScenarios.invoice();
            ApiScenarios.registered(another);
            as("coreco.treasurer")
                    .body(
                            ApiScenarios.issue(
                                    1_000_000,
                                    today(40),
                                    ApiScenarios.documentId(another),
                                    another))
                    .post("/api/v1/receivables/certificates")
                    .then()
                    .statusCode(409)
                    .body("code", equalTo("LINE_FROZEN"));

            String reportId =
                    as("bank1.officer")
                            .body(BlacklistApiTest.report(CORE, "OVERDUE_ACCEPTANCE"))
                            .post("/api/v1/blacklist/reports")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("result.reportId");
            as("bank2.officer")
                    .get("/api/v1/blacklist/parties/" + CORE + "/check")
                    .then()
                    .statusCode(200)
                    .body("listed", equalTo(true));

            // CoreCo pays late: the certificate is settled and the line's use given back, still
            // frozen
            boolean complete = false;
            while (!complete) {
                complete =
                        as("coreco.treasurer")
                                .post(
                                        "/api/v1/receivables/certificates/"
                                                + rootId
                                                + "/settlement?pageSize=50")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getBoolean("result.complete");
            }
            as("coreco.treasurer")
                    .get("/api/v1/receivables/certificates/" + rootId)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("SETTLED"));
            org.assertj.core.api.Assertions.assertThat(ApiScenarios.lineUsed())
                    .isEqualTo(usedWhileOutstanding - 3_000_000);

            as("bank1.officer")
                    .body(Map.of("reason", "overdue certificate paid in full"))
                    .post("/api/v1/blacklist/reports/" + reportId + "/delisting")
                    .then()
                    .statusCode(200);
            as("bank2.officer")
                    .get("/api/v1/blacklist/parties/" + CORE + "/check")
                    .then()
                    .statusCode(200)
                    .body("listed", equalTo(false));
            as("bank1.officer")
                    .post("/api/v1/receivables/lines/" + LINE + "/unfreeze")
                    .then()
                    .statusCode(200);
            as("bank1.officer")
                    .get("/api/v1/receivables/lines/" + LINE)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("ACTIVE"));
            as("coreco.treasurer")
                    .body(
                            ApiScenarios.issue(
                                    1_000_000,
                                    today(40),
                                    ApiScenarios.documentId(another),
                                    another))
                    .post("/api/v1/receivables/certificates")
                    .then()
                    .statusCode(201);
        } finally {
            clock.reset();
        }
    }
}
