package io.tradechain.gateway;

import static io.tradechain.gateway.support.ApiScenarios.as;
import static io.tradechain.gateway.support.ApiScenarios.lock;
import static io.tradechain.gateway.support.ApiScenarios.money;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.tradechain.gateway.support.ApiScenarios;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scenario 10 of docs/domain.md (financing side) and the blacklist API, end to end through REST.
 */
@QuarkusTest
class BlacklistApiTest {
    static final String NINGBO = "91330206MA2H7PB41J";
    static final String WENZHOU = "92330302MA2L0E9R52";

    static Map<String, Object> report(String code, String category) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("creditCode", code);
        report.put("category", category);
        report.put("reason", "Working-capital loan WC-2026-0188 unpaid 90 days after maturity");
        report.put(
                "evidenceHash", "3b1f0c6a9d2e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c");
        report.put("amountInDefault", money("CNY", 120_000_000));
        report.put("reportDate", LocalDate.now(ZoneOffset.UTC).toString());
        return report;
    }

    @Test
    void scenario10ABlacklistedSellerIsRefusedFinancingAndAcceptedAfterDelisting() {
        Map<String, Object> invoice = ApiScenarios.invoice();
        invoice.put("sellerCode", NINGBO);
        ApiScenarios.registered(invoice);

        String reportId =
                as("bank1.officer")
                        .body(report(NINGBO, "LOAN_DEFAULT"))
                        .post("/api/v1/blacklist/reports")
                        .then()
                        .statusCode(201)
                        .body("result.status", equalTo("ACTIVE"))
                        .extract()
                        .path("result.reportId");
        as("bank2.officer")
                .get("/api/v1/blacklist/parties/" + NINGBO + "/check")
                .then()
                .statusCode(200)
                .body("listed", equalTo(true))
                .body("activeReports", equalTo(1));

        as("bank2.officer")
                .body(lock("B2-BL-1", 1_000_000, invoice))
                .post("/api/v1/verification/locks")
                .then()
                .statusCode(422)
                .body("code", equalTo("PARTY_BLACKLISTED"))
                .body("details.creditCode", equalTo(NINGBO));

        as("ningbo.clerk")
                .body(Map.of("reason", "the loan was rescheduled by agreement on 2026-10-30"))
                .post("/api/v1/blacklist/reports/" + reportId + "/appeal")
                .then()
                .statusCode(200)
                .body("result.status", equalTo("APPEALED"));
        as("bank1.officer")
                .body(Map.of("reason", "no rescheduling agreement was signed"))
                .post("/api/v1/blacklist/reports/" + reportId + "/appeal-rejection")
                .then()
                .statusCode(200)
                .body("result.status", equalTo("ACTIVE"));
        as("bank2.officer")
                .body(Map.of("reason", "not our report"))
                .post("/api/v1/blacklist/reports/" + reportId + "/delisting")
                .then()
                .statusCode(403)
                .body("code", equalTo("NOT_THE_REPORTER"));
        as("bank1.officer")
                .body(Map.of("reason", "repaid in full on 2026-11-18"))
                .post("/api/v1/blacklist/reports/" + reportId + "/delisting")
                .then()
                .statusCode(200)
                .body("result.status", equalTo("DELISTED"));

        as("bank2.officer")
                .get("/api/v1/blacklist/parties/" + NINGBO + "/check")
                .then()
                .statusCode(200)
                .body("listed", equalTo(false));
        as("bank2.officer")
                .body(lock("B2-BL-1", 1_000_000, invoice))
                .post("/api/v1/verification/locks")
                .then()
                .statusCode(201)
                .body("result.lock.status", equalTo("LOCKED"));
        as("regulator.auditor")
                .get("/api/v1/blacklist/reports/" + reportId + "/history")
                .then()
                .statusCode(200)
                .body("items", hasSize(4))
                .body("bookmark", equalTo(""))
                .body("fetchedCount", equalTo(4));
    }

    @Test
    void detailsAreForBanksAndTheRegulatorTheListingForThePartyToo() {
        String reportId =
                as("bank2.officer")
                        .body(report(WENZHOU, "FORGED_DOCUMENTS"))
                        .post("/api/v1/blacklist/reports")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("result.reportId");
        as("bank1.officer")
                .get("/api/v1/blacklist/reports/" + reportId)
                .then()
                .statusCode(200)
                .body("details.creditCode", equalTo(WENZHOU));
        as("regulator.auditor")
                .get("/api/v1/blacklist/reports/" + reportId)
                .then()
                .statusCode(200)
                .body("details.reason", notNullValue());
        as("wenzhou.clerk")
                .get("/api/v1/blacklist/reports/" + reportId)
                .then()
                .statusCode(403)
                .body("code", equalTo("ACCESS_DENIED"));
        as("wenzhou.clerk")
                .get("/api/v1/blacklist/parties/" + WENZHOU)
                .then()
                .statusCode(200)
                .body("status", equalTo("LISTED"));
        as("wenzhou.clerk")
                .get("/api/v1/blacklist/parties/" + NINGBO + "/check")
                .then()
                .statusCode(403);
        as("bank2.officer")
                .body(report(WENZHOU, "FRAUD"))
                .post("/api/v1/blacklist/reports")
                .then()
                .statusCode(409)
                .body("code", equalTo("DUPLICATE_ACTIVE_REPORT"));
        as("bank1.officer")
                .get("/api/v1/blacklist/listings?status=LISTED")
                .then()
                .statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void theRegulatorWritesNothingAndBadReportsAre400() {
        as("regulator.auditor")
                .body(report(WENZHOU, "OTHER"))
                .post("/api/v1/blacklist/reports")
                .then()
                .statusCode(403);
        as("regulator.admin")
                .body(report(WENZHOU, "OTHER"))
                .post("/api/v1/blacklist/reports")
                .then()
                .statusCode(403);
        as("bank1.officer")
                .body(report("91330206MA2H7PB41K", "OTHER"))
                .post("/api/v1/blacklist/reports")
                .then()
                .statusCode(400)
                .body("code", equalTo("INVALID_CREDIT_CODE"));
        Map<String, Object> negative = report(WENZHOU, "OTHER");
        negative.put("amountInDefault", money("CNY", -1));
        as("bank1.officer").body(negative).post("/api/v1/blacklist/reports").then().statusCode(400);
        Map<String, Object> unknownField = report(WENZHOU, "OTHER");
        unknownField.put("colour", "red");
        as("bank1.officer")
                .body(unknownField)
                .post("/api/v1/blacklist/reports")
                .then()
                .statusCode(400);
        as("bank1.officer")
                .body(report(WENZHOU, "GOSSIP"))
                .post("/api/v1/blacklist/reports")
                .then()
                .statusCode(400);
        as("bank1.officer")
                .get("/api/v1/blacklist/reports/" + "0".repeat(64))
                .then()
                .statusCode(404)
                .body("code", equalTo("REPORT_NOT_FOUND"));
    }
}
