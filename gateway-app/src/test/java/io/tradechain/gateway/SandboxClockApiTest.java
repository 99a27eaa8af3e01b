package io.tradechain.gateway;

import static io.tradechain.gateway.support.ApiScenarios.LINE;
import static io.tradechain.gateway.support.ApiScenarios.as;
import static io.tradechain.gateway.support.ApiScenarios.money;
import static io.tradechain.gateway.support.ApiScenarios.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tradechain.gateway.support.ApiScenarios;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What integrators do with the sandbox clock through the API alone: settle at maturity, mark a
 * certificate overdue, see a bank authorisation expire, get an accepted L/C paid to the bank that
 * bought the claim by forfaiting. Only admins move it, only forward.
 */
@QuarkusTest
class SandboxClockApiTest {
    private static final String CLOCK = "/api/v1/sandbox/clock";

    @Inject MovableLedgerClock clock;

    @AfterEach
    void backToTheSystemClock() {
        // the gateway is shared with every other test: put time back (only tests can)
        clock.reset();
    }

    static JsonPath advanceDays(int days) {
        return as("bank1.admin")
                .body(Map.of("advanceDays", days))
                .post(CLOCK)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static JsonPath advanceTo(String date) {
        return as("corp.admin")
                .body(Map.of("toDate", date))
                .post(CLOCK)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void theClockIsReadByAnyUserAndMovedForwardByAdminsByDaysOrToADate() {
        JsonPath before = as("suzhou.clerk").get(CLOCK).then().statusCode(200).extract().jsonPath();
        assertThat(before.getString("today")).isEqualTo(today(0));
        assertThat(before.getLong("offsetSeconds")).isZero();
        JsonPath moved = advanceDays(3);
        assertThat(moved.getString("today")).isEqualTo(today(3));
        assertThat(moved.getLong("offsetSeconds")).isBetween(3 * 86_400L - 1, 3 * 86_400L);
        assertThat(Instant.parse(moved.getString("now")))
                .isAfter(Instant.now().plusSeconds(3 * 86_400L - 60));
        JsonPath to = advanceTo(today(40));
        assertThat(to.getString("today")).isEqualTo(today(40));
        as("regulator.auditor").get(CLOCK).then().statusCode(200).body("today", equalTo(today(40)));
    }

    @Test
    void timeOnlyMovesForwardAndTheBodyIsChecked() {
        advanceDays(10);
        for (String past : List.of(today(10), today(9), today(-1))) {
            as("bank1.admin")
                    .body(Map.of("toDate", past))
                    .post(CLOCK)
                    .then()
                    .statusCode(400)
                    .body("code", equalTo("CLOCK_ONLY_MOVES_FORWARD"))
                    .body("details.field", equalTo("toDate"));
        }
        for (Map<String, Object> bad :
                List.<Map<String, Object>>of(
                        Map.of(),
                        Map.of("advanceDays", 0),
                        Map.of("advanceDays", -3),
                        Map.of("advanceDays", 3661),
                        Map.of("toDate", "2026-02-30"),
                        Map.of("toDate", "next week"),
                        Map.of("advanceDays", 1, "toDate", today(20)))) {
            as("bank1.admin")
                    .body(bad)
                    .post(CLOCK)
                    .then()
                    .statusCode(400)
                    .body("code", equalTo("INVALID_REQUEST"));
        }
        as("bank1.admin")
                .body(Map.of("advanceDays", 1.5))
                .post(CLOCK)
                .then()
                .statusCode(400)
                .body("code", equalTo("WRONG_TYPE"));
        as("bank1.admin")
                .body(Map.of("advanceYears", 1))
                .post(CLOCK)
                .then()
                .statusCode(400)
                .body("code", equalTo("UNKNOWN_FIELD"));
        // nothing of that moved it
        as("bank1.admin").get(CLOCK).then().statusCode(200).body("today", equalTo(today(10)));
    }

    @Test
    void onlyAdminsMoveTheClockAndTheRegulatorNever() {
        for (String user :
                List.of(
                        "bank1.officer",
                        "bank1.viewer",
                        "suzhou.clerk",
                        "tax.officer",
                        "regulator.auditor")) {
            int status =
                    as(user).body(Map.of("advanceDays", 1))
                            .post(CLOCK)
                            .then()
                            .extract()
                            .statusCode();
            assertThat(status).as(user).isEqualTo(403);
        }
        as("bank1.officer")
                .body(Map.of("advanceDays", 1))
                .post(CLOCK)
                .then()
                .statusCode(403)
                .body("code", equalTo("ROLE_NOT_ALLOWED"));
        as("regulator.admin")
                .body(Map.of("advanceDays", 1))
                .post(CLOCK)
                .then()
                .statusCode(403)
                .body("code", equalTo("READ_ONLY_ORGANISATION"));
        io.restassured.RestAssured.given()
                .contentType("application/json")
                .body(Map.of("advanceDays", 1))
                .post(CLOCK)
                .then()
                .statusCode(401);
        as("bank1.admin").get(CLOCK).then().statusCode(200).body("offsetSeconds", equalTo(0));
    }

    @Test
    void maturityAndSettlementThroughTheClock() {
        Map<String, Object> invoice = ApiScenarios.invoice();
        ApiScenarios.registered(invoice);
        String rootId = ApiScenarios.issuedAndAccepted(4_000_000, today(15), invoice);
        String settle = "/api/v1/receivables/certificates/" + rootId + "/settlement?pageSize=50";
        as("coreco.treasurer")
                .post(settle)
                .then()
                .statusCode(422)
                .body("code", equalTo("NOT_MATURED"));
        advanceTo(today(15));
        boolean complete = false;
        while (!complete) {
            JsonPath page =
                    as("coreco.treasurer").post(settle).then().statusCode(200).extract().jsonPath();
            complete = page.getBoolean("result.complete");
        }
        as("suzhou.clerk")
                .get("/api/v1/receivables/certificates/" + rootId)
                .then()
                .statusCode(200)
                .body("status", equalTo("SETTLED"))
                .body("settled.minorUnits", equalTo(4_000_000));
    }

    @Test
    void overdueThroughTheClock() {
        Map<String, Object> invoice = ApiScenarios.invoice();
        ApiScenarios.registered(invoice);
        String rootId = ApiScenarios.issuedAndAccepted(2_500_000, today(7), invoice);
        String overdue = "/api/v1/receivables/certificates/" + rootId + "/overdue";
        as("bank1.officer")
                .post(overdue)
                .then()
                .statusCode(422)
                .body("code", equalTo("NOT_MATURED"));
        advanceDays(8);
        try {
            as("bank1.officer")
                    .post(overdue)
                    .then()
                    .statusCode(200)
                    .body("result.status", equalTo("OVERDUE"));
            as("bank1.officer")
                    .get("/api/v1/receivables/lines/" + LINE)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("FROZEN"));
        } finally {
            // CoreCo pays late and Bank1 unfreezes its line, which the other tests use
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
            as("bank1.officer")
                    .post("/api/v1/receivables/lines/" + LINE + "/unfreeze")
                    .then()
                    .statusCode(200);
        }
        as("coreco.treasurer")
                .get("/api/v1/receivables/certificates/" + rootId)
                .then()
                .statusCode(200)
                .body("status", equalTo("SETTLED"));
    }

    @Test
    void authorisationExpiryThroughTheClock() {
        String wenzhou = ApiScenarios.D;
        String documents = "/api/v1/verification/parties/" + wenzhou + "/documents";
        String expiresOn = today(20);
        as("wenzhou.clerk")
                .body(Map.of("bankMsp", "Bank2MSP", "expiresOn", expiresOn))
                .post("/api/v1/verification/authorisations")
                .then()
                .statusCode(201);
        try {
            as("bank2.officer").get(documents).then().statusCode(200);
            advanceTo(today(20));
            as("bank2.officer").get(documents).then().statusCode(200);
            advanceDays(1);
            as("bank2.officer")
                    .get(documents)
                    .then()
                    .statusCode(403)
                    .body("code", equalTo("AUTHORISATION_EXPIRED"))
                    .body("details.expiresOn", equalTo(expiresOn));
        } finally {
            clock.reset();
            as("wenzhou.clerk")
                    .post("/api/v1/verification/authorisations/Bank2MSP/revocation")
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void forfaitingPaymentAtMaturityThroughTheClock() {
        String lcs = "/api/v1/lcs/";
        String lcId = ApiScenarios.advisedLc(45);
        int n = ApiScenarios.present(lcId, 20_000_000);
        ApiScenarios.examine(lcId, n, List.of(), "COMPLIANT");
        ApiScenarios.accept(lcId, n);
        as("bank2.officer")
                .body(Map.of("price", money("CNY", 19_800_000)))
                .post(lcs + lcId + "/presentations/" + n + "/negotiation")
                .then()
                .statusCode(200);
        String offers =
                "/api/v1/forfaiting/offers/"
                        + as("bank2.officer")
                                .body(
                                        Map.of(
                                                "lcId",
                                                lcId,
                                                "presentation",
                                                n,
                                                "contact",
                                                "Bank2 desk"))
                                .post("/api/v1/forfaiting/offers")
                                .then()
                                .statusCode(201)
                                .extract()
                                .path("result.offerId");
        String quote = ApiScenarios.quoted(offers, 300, 19_900_000);
        as("bank2.officer")
                .body(Map.of("quoteId", quote))
                .post(offers + "/acceptance")
                .then()
                .statusCode(200);
        Map<String, String> transfer =
                Map.of("agreementHash", "7".repeat(64), "noticeHash", "8".repeat(64));
        as("bank2.officer").body(transfer).post(offers + "/confirmations").then().statusCode(200);
        as("bank1.officer").body(transfer).post(offers + "/confirmations").then().statusCode(200);
        as("bank1.officer")
                .post(offers + "/acknowledgement")
                .then()
                .statusCode(200)
                .body("result.status", equalTo("COMPLETED"));
        String pay = lcs + lcId + "/presentations/" + n + "/payment";
        as("bank1.officer").post(pay).then().statusCode(422).body("code", equalTo("NOT_MATURED"));
        String maturity =
                as("bank1.officer")
                        .get(lcs + lcId + "/presentations/" + n)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("maturityDate");
        assertThat(maturity).isNotNull();
        assertThat(LocalDate.parse(maturity)).isAfter(LocalDate.now(ZoneOffset.UTC));
        advanceTo(maturity);
        as("bank1.officer")
                .post(pay)
                .then()
                .statusCode(200)
                .body("result.status", equalTo("PAID"))
                .body("result.paidTo", equalTo("Bank1MSP"));
        as("regulator.auditor")
                .get(lcs + lcId + "/presentations/" + n + "/claim")
                .then()
                .statusCode(200)
                .body("claimHolder", equalTo("Bank1MSP"));
    }
}
