package io.tradechain.gateway;

import static io.tradechain.gateway.support.ApiScenarios.LCS;
import static io.tradechain.gateway.support.ApiScenarios.accept;
import static io.tradechain.gateway.support.ApiScenarios.advisedLc;
import static io.tradechain.gateway.support.ApiScenarios.application;
import static io.tradechain.gateway.support.ApiScenarios.as;
import static io.tradechain.gateway.support.ApiScenarios.examine;
import static io.tradechain.gateway.support.ApiScenarios.invoice;
import static io.tradechain.gateway.support.ApiScenarios.money;
import static io.tradechain.gateway.support.ApiScenarios.present;
import static io.tradechain.gateway.support.ApiScenarios.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tradechain.gateway.support.ApiScenarios;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Scenarios 7, 8 and 9 of docs/domain.md through the REST API: Huadong (CoreCo, coreco.treasurer)
 * applies at Bank1 for a 30-day usance L/C of CNY 500,000.00 (tolerance 5%) in favour of Suzhou
 * (suzhou.clerk), advised and nominated by Bank2. Each presentation carries its own freshly
 * registered invoice of Suzhou to Huadong.
 */
@QuarkusTest
class LcApiTest {

    @Inject MovableLedgerClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void scenario7ApplyToCloseWithOneDiscrepantPresentationWaived() {
        String lcId = advisedLc(30);
        int first = present(lcId, 30_000_000);
        examine(lcId, first, List.of("delivery note unsigned"), "DISCREPANT");
        as("suzhou.clerk")
                .post(LCS + lcId + "/presentations/" + first + "/waiver")
                .then()
                .statusCode(403)
                .body("code", equalTo("NOT_ALLOWED_FOR_ROLE"));
        as("coreco.treasurer")
                .post(LCS + lcId + "/presentations/" + first + "/waiver")
                .then()
                .statusCode(200)
                .body("result.status", equalTo("COMPLIANT"));
        accept(lcId, first);
        int second = present(lcId, 22_500_000); // 525,000.00 in all: the amount plus 5%
        as("suzhou.clerk")
                .body(
                        Map.of(
                                "amount",
                                money("CNY", 1),
                                "documents",
                                List.of(
                                        Map.of(
                                                "type",
                                                "X",
                                                "reference",
                                                "Y",
                                                "sha256",
                                                "4".repeat(64))),
                                "invoice",
                                typedInvoice()))
                .post(LCS + lcId + "/presentations")
                .then()
                .statusCode(422)
                .body("code", equalTo("AMOUNT_EXCEEDS_LC"));
        examine(lcId, second, List.of(), "COMPLIANT");
        accept(lcId, second);
        as("bank1.officer")
                .post(LCS + lcId + "/presentations/" + first + "/payment")
                .then()
                .statusCode(422)
                .body("code", equalTo("NOT_MATURED"));
        clock.advance(Duration.ofDays(31));
        as("bank1.officer")
                .post(LCS + lcId + "/presentations/" + first + "/payment")
                .then()
                .statusCode(200)
                .body("result.status", equalTo("PAID"))
                .body("result.paidTo", equalTo("BENEFICIARY"));
        as("bank1.officer")
                .post(LCS + lcId + "/presentations/" + second + "/payment")
                .then()
                .statusCode(200);
        as("bank1.officer").get(LCS + lcId).then().statusCode(200).body("status", equalTo("USED"));
        as("regulator.auditor").post(LCS + lcId + "/closure").then().statusCode(403);
        as("bank1.officer")
                .post(LCS + lcId + "/closure")
                .then()
                .statusCode(200)
                .body("result.status", equalTo("CLOSED"));

        JsonPath timeline =
                as("regulator.auditor")
                        .get(LCS + lcId + "/timeline")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(timeline.getList("steps.action", String.class))
                .containsExactly(
                        "APPLY", "ISSUE", "ADVISE", "PRESENT", "RECEIVE", "EXAMINE", "WAIVE",
                        "ACCEPT", "PRESENT", "RECEIVE", "EXAMINE", "ACCEPT", "PAY", "PAY", "CLOSE");
        assertThat(timeline.getList("steps.actorMsp", String.class))
                .startsWith("CorpMSP", "Bank1MSP", "Bank2MSP", "CorpMSP");
        assertThat(timeline.getList("steps.txId", String.class))
                .allMatch(tx -> tx.matches("[0-9a-f]{64}"));
        as("coreco.treasurer")
                .get(LCS + lcId + "/timeline?format=text")
                .then()
                .statusCode(200)
                .body(containsString("WAIVE"))
                .body(containsString("APPLICANT"));
        as("ningbo.clerk")
                .get(LCS + lcId + "/timeline")
                .then()
                .statusCode(403)
                .body("code", equalTo("ACCESS_DENIED"));
        as("bank2.officer")
                .get(LCS + lcId + "/terms")
                .then()
                .statusCode(200)
                .body("paid.minorUnits", equalTo(52_500_000));
    }

    @Test
    void scenario8AnAmendmentNotAcceptedByTheBeneficiaryLeavesTheLcUnchanged() {
        String lcId = advisedLc(30);
        String before =
                as("coreco.treasurer")
                        .get(LCS + lcId + "/terms")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        as("bank1.officer")
                .body(Map.of("amount", money("CNY", 40_000_000), "note", "order reduced"))
                .post(LCS + lcId + "/amendments")
                .then()
                .statusCode(201)
                .body("result.pendingAmendment", equalTo(1));
        as("coreco.treasurer").post(LCS + lcId + "/amendments/1/rejection").then().statusCode(403);
        as("suzhou.clerk").post(LCS + lcId + "/amendments/1/rejection").then().statusCode(200);
        assertThat(
                        as("coreco.treasurer")
                                .get(LCS + lcId + "/terms")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString())
                .isEqualTo(before);
        as("bank2.officer")
                .get(LCS + lcId + "/amendments/1")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        as("suzhou.clerk")
                .post(LCS + lcId + "/amendments/1/acceptance")
                .then()
                .statusCode(409)
                .body("code", equalTo("NO_PENDING_AMENDMENT"));
    }

    @Test
    void scenario9ForfaitingOfAnAcceptedLcTwoQuotesOneAcceptedTransferAcknowledgedPaidToTheBuyer() {
        String lcId = advisedLc(30);
        int n = present(lcId, 40_000_000);
        examine(lcId, n, List.of(), "COMPLIANT");
        accept(lcId, n);
        as("bank2.officer")
                .body(Map.of("price", money("CNY", 39_500_000)))
                .post(LCS + lcId + "/presentations/" + n + "/negotiation")
                .then()
                .statusCode(200)
                .body("result.claimHolder", equalTo("Bank2MSP"));

        String offerId =
                as("bank2.officer")
                        .body(
                                Map.of(
                                        "lcId",
                                        lcId,
                                        "presentation",
                                        n,
                                        "contact",
                                        "Bank2 forfaiting desk"))
                        .post("/api/v1/forfaiting/offers")
                        .then()
                        .statusCode(201)
                        .body("result.status", equalTo("OPEN"))
                        .extract()
                        .path("result.offerId");
        as("bank2.officer")
                .body(Map.of("lcId", lcId, "presentation", n, "contact", "again"))
                .post("/api/v1/forfaiting/offers")
                .then()
                .statusCode(409)
                .body("code", equalTo("CLAIM_ALREADY_OFFERED"));
        as("bank1.officer")
                .body(Map.of("lcId", lcId, "presentation", n, "contact", "not our claim"))
                .post("/api/v1/forfaiting/offers")
                .then()
                .statusCode(403)
                .body("code", equalTo("NOT_CLAIM_HOLDER"));
        as("coreco.treasurer").get("/api/v1/forfaiting/offers/" + offerId).then().statusCode(403);
        String offers = "/api/v1/forfaiting/offers/" + offerId;
        String first = ApiScenarios.quoted(offers, 320, 39_600_000);
        String second = ApiScenarios.quoted(offers, 295, 39_700_000);
        as("bank2.officer")
                .get(offers)
                .then()
                .statusCode(200)
                .body("offer.quotes", equalTo(2))
                .body("info.amount.minorUnits", equalTo(40_000_000));
        as("bank2.officer")
                .body(Map.of("quoteId", second))
                .post(offers + "/acceptance")
                .then()
                .statusCode(200)
                .body("result.status", equalTo("AGREED"))
                .body("result.buyerMsp", equalTo("Bank1MSP"));
        as("bank2.officer")
                .get(offers + "/quotes/" + first)
                .then()
                .statusCode(200)
                .body("status", equalTo("LAPSED"));
        Map<String, String> transfer =
                Map.of("agreementHash", "5".repeat(64), "noticeHash", "6".repeat(64));
        as("bank2.officer").body(transfer).post(offers + "/confirmations").then().statusCode(200);
        as("bank1.officer")
                .body(transfer)
                .post(offers + "/confirmations")
                .then()
                .statusCode(200)
                .body("result.status", equalTo("CONFIRMED"));
        as("bank1.officer")
                .post(offers + "/acknowledgement")
                .then()
                .statusCode(200)
                .body("result.status", equalTo("COMPLETED"));
        as("regulator.auditor")
                .get(LCS + lcId + "/presentations/" + n + "/claim")
                .then()
                .statusCode(200)
                .body("claimHolder", equalTo("Bank1MSP"));
        clock.advance(Duration.ofDays(31));
        as("bank1.officer")
                .post(LCS + lcId + "/presentations/" + n + "/payment")
                .then()
                .statusCode(200)
                .body("result.paidTo", equalTo("Bank1MSP"));
        as("regulator.auditor")
                .get(offers + "/quotes")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2));
    }

    @Test
    void badRequestsAreAnswered4xxWithACode() {
        Map<String, Object> bad = application(30);
        bad.remove("amount");
        as("coreco.treasurer").body(bad).post("/api/v1/lcs").then().statusCode(400);
        Map<String, Object> wrongBank = application(30);
        wrongBank.put("issuingBankMsp", "CorpMSP");
        as("coreco.treasurer")
                .body(wrongBank)
                .post("/api/v1/lcs")
                .then()
                .statusCode(400)
                .body("code", equalTo("INVALID_ARGUMENT"));
        as("regulator.auditor").body(application(30)).post("/api/v1/lcs").then().statusCode(403);
        as("bank1.officer")
                .get(LCS + "0".repeat(64))
                .then()
                .statusCode(404)
                .body("code", equalTo("LC_NOT_FOUND"));
        as("bank1.officer").get(LCS + "not-an-id").then().statusCode(400);
        String lcId = advisedLc(0);
        as("bank1.officer")
                .post(LCS + lcId + "/issue")
                .then()
                .statusCode(409)
                .body("code", equalTo("LC_STATE_CONFLICT"));
        as("bank1.officer").get(LCS + lcId + "/presentations/7").then().statusCode(404);
    }

    private static Map<String, Object> typedInvoice() {
        Map<String, Object> invoice = ApiScenarios.invoice();
        ApiScenarios.registered(invoice);
        invoice.put("type", "INVOICE");
        return invoice;
    }
}
