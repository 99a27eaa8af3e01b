package io.tradechain.gateway;

import static io.tradechain.gateway.support.ApiScenarios.A;
import static io.tradechain.gateway.support.ApiScenarios.B;
import static io.tradechain.gateway.support.ApiScenarios.BANK1;
import static io.tradechain.gateway.support.ApiScenarios.C;
import static io.tradechain.gateway.support.ApiScenarios.D;
import static io.tradechain.gateway.support.ApiScenarios.LINE;
import static io.tradechain.gateway.support.ApiScenarios.as;
import static io.tradechain.gateway.support.ApiScenarios.invoice;
import static io.tradechain.gateway.support.ApiScenarios.issue;
import static io.tradechain.gateway.support.ApiScenarios.issuedAndAccepted;
import static io.tradechain.gateway.support.ApiScenarios.lineUsed;
import static io.tradechain.gateway.support.ApiScenarios.money;
import static io.tradechain.gateway.support.ApiScenarios.sharedInvoice;
import static io.tradechain.gateway.support.ApiScenarios.today;
import static io.tradechain.gateway.support.ApiScenarios.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tradechain.gateway.support.ApiScenarios;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Scenarios 1 to 5 of docs/domain.md through the REST API, on the demo line Bank1 grants Huadong
 * (CoreCo).
 */
@QuarkusTest
class ReceivablesApiTest {

    @Inject MovableLedgerClock clock;

    @Test
    void scenarios1To3IssueAcceptSplitTransferTraceAndFinanceAtBank1() {
        Map<String, Object> invoice = ApiScenarios.invoice();
        String invoiceId = ApiScenarios.registered(invoice);
        long usedBefore = lineUsed();
        String rootId = issuedAndAccepted(10_000_000, today(90), invoice);
        assertThat(lineUsed()).isEqualTo(usedBefore + 10_000_000);

        JsonPath toB = transfer("suzhou.clerk", rootId, B, 3_000_000);
        String bPiece = toB.getString("result.transferred.pieceId");
        String aRest = toB.getString("result.remainder.pieceId");
        transfer("suzhou.clerk", aRest, C, 2_000_000);
        String dPiece =
                transfer("hangzhou.clerk", bPiece, D, 1_000_000)
                        .getString("result.transferred.pieceId");
        String bRest =
                as("hangzhou.clerk")
                        .get("/api/v1/receivables/parties/" + B + "/holdings")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("items.find { it.rootId == '" + rootId + "' }.pieceId");

        JsonPath trace =
                as("wenzhou.clerk")
                        .get("/api/v1/receivables/pieces/" + dPiece + "/trace")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(trace.getList("hops.holderCode")).containsExactly(A, B, D);
        assertThat(trace.getString("root.invoiceDocumentId")).isEqualTo(invoiceId);
        as("ningbo.clerk")
                .get("/api/v1/receivables/pieces/" + dPiece + "/trace")
                .then()
                .statusCode(403);
        JsonPath tree =
                as("coreco.treasurer")
                        .get("/api/v1/receivables/certificates/" + rootId + "/tree")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(tree.getString("holderCode")).isEqualTo(A);
        assertThat(tree.getList("children.holderCode")).containsExactlyInAnyOrder(B, A);
        String mermaid =
                as("coreco.treasurer")
                        .get("/api/v1/receivables/certificates/" + rootId + "/tree?format=mermaid")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(mermaid)
                .startsWith("flowchart TD")
                .contains(D + "<br/>CNY 10000.00<br/>LIVE")
                .contains("-->");

        String requestId = ApiScenarios.financingRequested("hangzhou.clerk", bRest, 2_000_000);
        Map<String, Object> document = ApiScenarios.typed("INVOICE", invoice);
        Map<String, Object> terms = ApiScenarios.financingTerms(385, 1_000, 1_980_000);
        String bankPiece =
                as("bank1.officer")
                        .body(Map.of("terms", terms, "document", document))
                        .post("/api/v1/receivables/financings/" + requestId + "/approval")
                        .then()
                        .statusCode(200)
                        .body("result.status", equalTo("APPROVED"))
                        .extract()
                        .path("result.bankPieceId");
        as("bank1.officer")
                .get("/api/v1/receivables/pieces/" + bankPiece + "/trace")
                .then()
                .statusCode(200)
                .body("hops[-1].holderCode", equalTo(BANK1));
        as("hangzhou.clerk")
                .get("/api/v1/receivables/financings/" + requestId + "/terms")
                .then()
                .statusCode(200)
                .body("ratePerAnnumBp", equalTo(385));
        as("regulator.auditor")
                .get("/api/v1/receivables/financings/" + requestId + "/terms")
                .then()
                .statusCode(200);
        as("bank2.officer")
                .get("/api/v1/receivables/financings/" + requestId + "/terms")
                .then()
                .statusCode(403)
                .body("code", equalTo("ACCESS_DENIED"));
        as("regulator.auditor")
                .body(Map.of("amount", money("CNY", 1)))
                .post("/api/v1/receivables/pieces/" + bankPiece + "/financing")
                .then()
                .statusCode(403);
        as("tax.officer")
                .get("/api/v1/verification/documents/" + ApiScenarios.documentId(invoice))
                .then()
                .statusCode(200)
                .body("document.financed.minorUnits", equalTo(2_000_000));
    }

    @Test
    void scenario4SettlementPaysEveryHolderBankIncludedAndRestoresTheLine() {
        Map<String, Object> invoice = ApiScenarios.invoice();
        String invoiceId = ApiScenarios.registered(invoice);
        String rootId = issuedAndAccepted(5_000_000, today(10), invoice);
        String bPiece =
                transfer("suzhou.clerk", rootId, B, 2_000_000)
                        .getString("result.transferred.pieceId");
        String requestId = ApiScenarios.financingRequested("hangzhou.clerk", bPiece, 2_000_000);
        as("bank1.officer")
                .body(
                        ApiScenarios.approval(
                                ApiScenarios.financingTerms(400, 0, 1_990_000), invoice))
                .post("/api/v1/receivables/financings/" + requestId + "/approval")
                .then()
                .statusCode(200);
        long usedBefore = lineUsed();

        as("coreco.treasurer")
                .post("/api/v1/receivables/certificates/" + rootId + "/settlement")
                .then()
                .statusCode(422)
                .body("code", equalTo("NOT_MATURED"));
        clock.advance(Duration.ofDays(10));
        try {
            Map<String, Long> paid = new java.util.TreeMap<>();
            boolean complete = false;
            while (!complete) {
                JsonPath page =
                        as("coreco.treasurer")
                                .post(
                                        "/api/v1/receivables/certificates/"
                                                + rootId
                                                + "/settlement?pageSize=1")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath();
                List<Map<String, Object>> pieces = page.getList("result.paid");
                pieces.forEach(
                        p ->
                                paid.merge(
                                        (String) p.get("holderCode"),
                                        ((Number) ((Map<?, ?>) p.get("amount")).get("minorUnits"))
                                                .longValue(),
                                        Long::sum));
                complete = page.getBoolean("result.complete");
            }
            assertThat(paid)
                    .containsEntry(A, 3_000_000L)
                    .containsEntry(BANK1, 2_000_000L)
                    .hasSize(2);
            as("coreco.treasurer")
                    .get("/api/v1/receivables/certificates/" + rootId)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("SETTLED"))
                    .body("settled.minorUnits", equalTo(5_000_000));
            assertThat(lineUsed()).isEqualTo(usedBefore - 5_000_000);
        } finally {
            clock.reset();
        }
    }

    @Test
    void scenario5TwoConcurrentTransfersOfOnePieceExactlyOneSucceeds() throws Exception {
        String rootId = issuedAndAccepted(1_000_000, today(60), sharedInvoice());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = new ArrayList<>();
            for (String recipient : new String[] {B, C}) {
                both.add(
                        () ->
                                as("suzhou.clerk")
                                        .body(
                                                Map.of(
                                                        "recipientCode",
                                                        recipient,
                                                        "amount",
                                                        money("CNY", 700_000)))
                                        .post("/api/v1/receivables/pieces/" + rootId + "/transfers")
                                        .then()
                                        .extract()
                                        .statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(both)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnlyOnce(200);
            assertThat(statuses).filteredOn(s -> s != 200).allMatch(s -> s == 409);
        } finally {
            pool.shutdownNow();
        }
        JsonPath a =
                as("suzhou.clerk")
                        .get("/api/v1/receivables/parties/" + A + "/holdings?pageSize=200")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(
                        a.getList(
                                "items.findAll { it.rootId == '" + rootId + "' }.amount.minorUnits",
                                Integer.class))
                .containsExactly(300_000);
    }

    @Test
    void scenario6ASecondFinancingOfTheSameInvoiceBeyondItsBalanceIsRefusedAlsoAtAnotherBank() {
        Map<String, Object> invoice = ApiScenarios.invoice(); // CNY 565,000.00 with tax
        ApiScenarios.registered(invoice);
        // two certificates back 560,000.00 of it: within its face value
        String first = issuedAndAccepted(40_000_000, today(90), invoice);
        String second = issuedAndAccepted(16_000_000, today(90), invoice);
        Map<String, Object> approval =
                ApiScenarios.approval(ApiScenarios.financingTerms(380, 0, 15_000_000), invoice);

        String firstRequest = ApiScenarios.financingRequested("suzhou.clerk", first, 40_000_000);
        as("bank1.officer")
                .body(
                        ApiScenarios.approval(
                                ApiScenarios.financingTerms(380, 0, 39_000_000), invoice))
                .post("/api/v1/receivables/financings/" + firstRequest + "/approval")
                .then()
                .statusCode(200);
        // 165,000.00 left to finance: Bank2 may not lock a cent more, then locks 100,000.00
        Map<String, Object> lockAtBank2 = new LinkedHashMap<>();
        lockAtBank2.put("financingRef", "B2-S6-" + firstRequest.substring(0, 8));
        lockAtBank2.put("amount", money("CNY", 16_500_001));
        lockAtBank2.put("document", ApiScenarios.typed("INVOICE", invoice));
        as("bank2.officer")
                .body(lockAtBank2)
                .post("/api/v1/verification/locks")
                .then()
                .statusCode(422)
                .body("code", equalTo("DUPLICATE_FINANCING"));
        lockAtBank2.put("amount", money("CNY", 10_000_000));
        as("bank2.officer")
                .body(lockAtBank2)
                .post("/api/v1/verification/locks")
                .then()
                .statusCode(201);
        String secondRequest = ApiScenarios.financingRequested("suzhou.clerk", second, 16_000_000);
        as("bank1.officer")
                .body(approval)
                .post("/api/v1/receivables/financings/" + secondRequest + "/approval")
                .then()
                .statusCode(422)
                .body("code", equalTo("DUPLICATE_FINANCING"));
        as("suzhou.clerk")
                .get("/api/v1/receivables/financings/" + secondRequest)
                .then()
                .statusCode(200)
                .body("status", equalTo("REQUESTED"));
    }

    @Test
    void refusalsMapToClearCodes() {
        as("suzhou.clerk")
                .body(issue(1_000, today(30)))
                .post("/api/v1/receivables/certificates")
                .then()
                .statusCode(403)
                .body("code", equalTo("NOT_THE_DEBTOR"));
        as("coreco.treasurer")
                .body(issue(1_000, today(400)))
                .post("/api/v1/receivables/certificates")
                .then()
                .statusCode(422)
                .body("code", equalTo("MATURITY_OUT_OF_RANGE"));
        as("coreco.treasurer")
                .body(issue(20_000_000_000L, today(30)))
                .post("/api/v1/receivables/certificates")
                .then()
                .statusCode(422)
                .body("code", equalTo("CREDIT_LINE_EXCEEDED"));
        as("coreco.treasurer")
                .body(Map.of("lineId", LINE))
                .post("/api/v1/receivables/certificates")
                .then()
                .statusCode(400);
        as("bank1.officer")
                .get("/api/v1/receivables/pieces/not-a-piece/trace")
                .then()
                .statusCode(400);
        as("bank1.officer")
                .get("/api/v1/receivables/certificates/" + "0".repeat(64))
                .then()
                .statusCode(404)
                .body("code", equalTo("ROOT_NOT_FOUND"));
        as("regulator.auditor")
                .get("/api/v1/receivables/lines/" + LINE)
                .then()
                .statusCode(200)
                .body("limit.minorUnits", notNullValue());
    }
}
