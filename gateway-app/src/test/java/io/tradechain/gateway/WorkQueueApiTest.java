package io.tradechain.gateway;

import static io.tradechain.gateway.support.ApiScenarios.CORE;
import static io.tradechain.gateway.support.ApiScenarios.LINE;
import static io.tradechain.gateway.support.ApiScenarios.as;
import static io.tradechain.gateway.support.ApiScenarios.money;
import static io.tradechain.gateway.support.ApiScenarios.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tradechain.gateway.support.ApiScenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The work queues through the REST API, per role: a bank sees what awaits its own decision and what
 * it owns, never another bank's; an enterprise its own certificates; the regulator everyone's,
 * filtered or not.
 */
@QuarkusTest
class WorkQueueApiTest {
    private static final String Q = "/api/v1/queues/";

    /** Every item of a queue as the user sees it, following the bookmarks with pages of 2. */
    static List<Map<String, Object>> all(String user, String queue) {
        List<Map<String, Object>> items = new ArrayList<>();
        String bookmark = "";
        int pages = 0;
        do {
            JsonPath page =
                    as(user).queryParam("pageSize", 2)
                            .queryParam("bookmark", bookmark)
                            .get(Q + queue)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            List<Map<String, Object>> got = page.getList("items");
            assertThat(got.size()).isLessThanOrEqualTo(2);
            assertThat(page.getInt("fetchedCount")).isGreaterThanOrEqualTo(got.size());
            items.addAll(got);
            bookmark = page.getString("bookmark");
            assertThat(++pages).isLessThan(500);
        } while (!bookmark.isEmpty());
        return items;
    }

    static long minorUnits(Map<String, Object> item, String field) {
        return ((Number) ((Map<?, ?>) item.get(field)).get("minorUnits")).longValue();
    }

    static List<String> ids(String user, String queue, String field) {
        return all(user, queue).stream().map(item -> (String) item.get(field)).toList();
    }

    /**
     * A certificate Huadong issued to Suzhou on Bank1's line and Suzhou offered for financing:
     * {rootId, requestId}.
     */
    static String[] certificateOfferedForFinancing(Map<String, Object> invoice) {
        String rootId = ApiScenarios.issuedAndAccepted(2_000_000, today(90), invoice);
        String requestId = ApiScenarios.financingRequested("suzhou.clerk", rootId, 2_000_000);
        return new String[] {rootId, requestId};
    }

    @Test
    void aBankSeesTheFinancingRequestsAwaitingItsDecisionAndAnotherBankNeverDoes() {
        Map<String, Object> invoice = ApiScenarios.invoice();
        ApiScenarios.registered(invoice);
        String[] offered = certificateOfferedForFinancing(invoice);
        String rootId = offered[0];
        String requestId = offered[1];

        List<Map<String, Object>> bank1 = all("bank1.officer", "financing-requests");
        assertThat(bank1).extracting(i -> i.get("requestId")).contains(requestId);
        assertThat(bank1)
                .allSatisfy(
                        item -> {
                            assertThat(item.get("funderMsp")).isEqualTo("Bank1MSP");
                            assertThat(item.get("status")).isEqualTo("REQUESTED");
                        });
        Map<String, Object> mine =
                bank1.stream()
                        .filter(i -> requestId.equals(i.get("requestId")))
                        .findFirst()
                        .orElseThrow();
        assertThat(mine)
                .containsEntry("rootId", rootId)
                .containsEntry("holderCode", ApiScenarios.A);
        assertThat(minorUnits(mine, "amount")).isEqualTo(2_000_000L);
        // bank1's viewer reads the same queue
        assertThat(ids("bank1.viewer", "financing-requests", "requestId")).contains(requestId);

        // another bank: never the item, not even by naming Bank1
        assertThat(all("bank2.officer", "financing-requests"))
                .allSatisfy(item -> assertThat(item.get("funderMsp")).isEqualTo("Bank2MSP"))
                .extracting(i -> i.get("requestId"))
                .doesNotContain(requestId);
        as("bank2.officer")
                .queryParam("bank", "Bank1MSP")
                .get(Q + "financing-requests")
                .then()
                .statusCode(403)
                .body("code", equalTo("ACCESS_DENIED"));
        // an enterprise has no bank queue
        as("suzhou.clerk")
                .get(Q + "financing-requests")
                .then()
                .statusCode(403)
                .body("code", equalTo("ACCESS_DENIED"));
        // the regulator: every bank's, or one bank's
        assertThat(ids("regulator.auditor", "financing-requests", "requestId")).contains(requestId);
        assertThat(ids("regulator.auditor", "financing-requests?bank=Bank1MSP", "requestId"))
                .contains(requestId);
        assertThat(ids("regulator.auditor", "financing-requests?bank=Bank2MSP", "requestId"))
                .doesNotContain(requestId);

        // once decided, it leaves the queue
        Map<String, Object> terms = ApiScenarios.financingTerms(385, 1_000, 1_980_000);
        as("bank1.officer")
                .body(Map.of("terms", terms, "document", ApiScenarios.typed("INVOICE", invoice)))
                .post("/api/v1/receivables/financings/" + requestId + "/approval")
                .then()
                .statusCode(200);
        assertThat(ids("bank1.officer", "financing-requests", "requestId"))
                .doesNotContain(requestId);
        assertThat(ids("regulator.auditor", "financing-requests", "requestId"))
                .doesNotContain(requestId);

        // the approval locked the invoice for Bank1: its lock queue has it, Bank2's never
        List<Map<String, Object>> locks = all("bank1.officer", "locks");
        assertThat(locks)
                .allSatisfy(
                        lock ->
                                assertThat(lock)
                                        .containsEntry("bankMsp", "Bank1MSP")
                                        .containsEntry("status", "LOCKED"));
        Map<String, Object> lock =
                locks.stream()
                        .filter(l -> requestId.equals(l.get("financingRef")))
                        .findFirst()
                        .orElseThrow();
        assertThat(lock).containsEntry("documentId", ApiScenarios.documentId(invoice));
        assertThat(minorUnits(lock, "amount")).isEqualTo(2_000_000L);
        assertThat(ids("bank2.officer", "locks", "financingRef")).doesNotContain(requestId);
        as("bank2.officer")
                .queryParam("bank", "Bank1MSP")
                .get(Q + "locks")
                .then()
                .statusCode(403)
                .body("code", equalTo("ACCESS_DENIED"));
        as("coreco.treasurer")
                .get(Q + "locks")
                .then()
                .statusCode(403)
                .body("code", equalTo("ACCESS_DENIED"));
        assertThat(ids("regulator.auditor", "locks", "financingRef")).contains(requestId);
        assertThat(ids("regulator.auditor", "locks?bank=Bank1MSP", "financingRef"))
                .contains(requestId);
    }

    @Test
    void certificatesAndLinesAreListedToTheirDebtorAndFunderOnly() {
        Map<String, Object> invoice = ApiScenarios.invoice();
        ApiScenarios.registered(invoice);
        String rootId = ApiScenarios.issuedAndAccepted(1_500_000, today(60), invoice);
        int granted =
                as("bank2.officer")
                        .body(
                                Map.of(
                                        "debtorCode",
                                        CORE,
                                        "limit",
                                        money("CNY", 10_000_000),
                                        "expiresOn",
                                        today(200)))
                        .post("/api/v1/receivables/lines")
                        .then()
                        .extract()
                        .statusCode();
        assertThat(granted).isIn(201, 409);

        assertThat(ids("bank1.officer", "funder-certificates", "rootId")).contains(rootId);
        assertThat(ids("bank2.officer", "funder-certificates", "rootId")).doesNotContain(rootId);
        assertThat(ids("coreco.treasurer", "debtor-certificates", "rootId")).contains(rootId);
        assertThat(ids("coreco.treasurer", "debtor-certificates?debtor=" + CORE, "rootId"))
                .contains(rootId);
        assertThat(ids("suzhou.clerk", "debtor-certificates", "rootId")).doesNotContain(rootId);
        as("suzhou.clerk")
                .queryParam("debtor", CORE)
                .get(Q + "debtor-certificates")
                .then()
                .statusCode(403)
                .body("code", equalTo("ACCESS_DENIED"));
        as("bank1.officer")
                .queryParam("debtor", CORE)
                .get(Q + "debtor-certificates")
                .then()
                .statusCode(403)
                .body("code", equalTo("ACCESS_DENIED"));
        assertThat(ids("regulator.auditor", "debtor-certificates", "rootId")).contains(rootId);
        assertThat(ids("regulator.auditor", "funder-certificates?bank=Bank2MSP", "rootId"))
                .doesNotContain(rootId);
        Map<String, Object> certificate =
                all("coreco.treasurer", "debtor-certificates").stream()
                        .filter(i -> rootId.equals(i.get("rootId")))
                        .findFirst()
                        .orElseThrow();
        assertThat(certificate)
                .containsEntry("status", "OUTSTANDING")
                .containsEntry("debtorCode", CORE)
                .containsEntry("maturityDate", today(60));
        assertThat(minorUnits(certificate, "faceValue")).isEqualTo(1_500_000L);

        assertThat(ids("bank1.officer", "credit-lines", "lineId"))
                .contains(LINE)
                .allMatch(id -> id.startsWith("Bank1MSP:"));
        assertThat(ids("bank2.officer", "credit-lines", "lineId"))
                .contains("Bank2MSP:" + CORE)
                .allMatch(id -> id.startsWith("Bank2MSP:"));
        assertThat(ids("regulator.auditor", "credit-lines", "lineId"))
                .contains(LINE, "Bank2MSP:" + CORE);
        as("bank2.officer")
                .queryParam("bank", "Bank1MSP")
                .get(Q + "credit-lines")
                .then()
                .statusCode(403);
        as("coreco.treasurer")
                .get(Q + "credit-lines")
                .then()
                .statusCode(403)
                .body("code", equalTo("ACCESS_DENIED"));
    }

    /**
     * What the L/C awaits in the user's queue: "ROLE ACTION" or "ROLE ACTION #n"; empty if it is
     * not there.
     */
    @SuppressWarnings("unchecked")
    static List<String> awaited(String user, String query, String lcId) {
        return all(user, "lc-actions" + query).stream()
                .filter(i -> lcId.equals(i.get("lcId")))
                .findFirst()
                .map(
                        i ->
                                ((List<Map<String, Object>>) i.get("awaiting"))
                                        .stream()
                                                .map(
                                                        a ->
                                                                a.get("role")
                                                                        + " "
                                                                        + a.get("action")
                                                                        + (a.get("presentation")
                                                                                        == null
                                                                                ? ""
                                                                                : " #"
                                                                                        + a.get(
                                                                                                "presentation")))
                                                .toList())
                .orElse(List.of());
    }

    @Test
    void anLcMovesFromQueueToQueueAsItsPartiesAct() {
        String lcs = "/api/v1/lcs/";
        String lcId =
                as("coreco.treasurer")
                        .body(ApiScenarios.application(30))
                        .post("/api/v1/lcs")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("result.lcId");
        assertThat(awaited("bank1.officer", "", lcId))
                .containsExactly("ISSUING_BANK ISSUE_OR_DECLINE");
        assertThat(awaited("bank2.officer", "", lcId)).isEmpty();
        assertThat(awaited("coreco.treasurer", "", lcId)).isEmpty();
        assertThat(awaited("regulator.auditor", "?participant=Bank1MSP", lcId))
                .containsExactly("ISSUING_BANK ISSUE_OR_DECLINE");
        assertThat(awaited("regulator.auditor", "", lcId))
                .containsExactly("ISSUING_BANK ISSUE_OR_DECLINE");

        as("bank1.officer").post(lcs + lcId + "/issue").then().statusCode(200);
        assertThat(awaited("bank1.officer", "", lcId)).isEmpty();
        assertThat(awaited("bank2.officer", "", lcId)).containsExactly("ADVISING_BANK ADVISE");
        as("bank2.officer").post(lcs + lcId + "/advice").then().statusCode(200);
        int n = ApiScenarios.present(lcId, 10_000_000);
        assertThat(awaited("bank1.officer", "", lcId))
                .containsExactly("ISSUING_BANK RECEIVE_DOCUMENTS #" + n);
        as("bank1.officer")
                .post(lcs + lcId + "/presentations/" + n + "/receipt")
                .then()
                .statusCode(200);
        as("bank1.officer")
                .body(Map.of("discrepancies", List.of("late shipment")))
                .post(lcs + lcId + "/presentations/" + n + "/examination")
                .then()
                .statusCode(200);
        assertThat(awaited("coreco.treasurer", "", lcId))
                .containsExactly("APPLICANT WAIVE_OR_REFUSE #" + n);
        assertThat(awaited("regulator.auditor", "?participant=" + CORE, lcId))
                .containsExactly("APPLICANT WAIVE_OR_REFUSE #" + n);
        assertThat(awaited("suzhou.clerk", "", lcId)).isEmpty();
        assertThat(awaited("bank1.officer", "", lcId)).isEmpty();

        // nobody reads another participant's queue
        as("bank2.officer")
                .queryParam("participant", "Bank1MSP")
                .get(Q + "lc-actions")
                .then()
                .statusCode(403)
                .body("code", equalTo("ACCESS_DENIED"));
        as("suzhou.clerk")
                .queryParam("participant", CORE)
                .get(Q + "lc-actions")
                .then()
                .statusCode(403)
                .body("code", equalTo("ACCESS_DENIED"));
        as("tax.officer").get(Q + "lc-actions").then().statusCode(403);
        // and the queue carries no terms
        assertThat(all("coreco.treasurer", "lc-actions"))
                .allSatisfy(
                        item ->
                                assertThat(item)
                                        .doesNotContainKeys(
                                                "amount",
                                                "applicantCode",
                                                "beneficiaryCode",
                                                "expiryDate"));
    }

    @Test
    void badParametersAreRefusedWithACode() {
        for (String queue :
                List.of("financing-requests", "credit-lines", "funder-certificates", "locks")) {
            as("bank1.officer")
                    .queryParam("bank", "CorpMSP")
                    .get(Q + queue)
                    .then()
                    .statusCode(400)
                    .body("code", equalTo("INVALID_REQUEST"));
        }
        as("coreco.treasurer")
                .queryParam("debtor", "not-a-code")
                .get(Q + "debtor-certificates")
                .then()
                .statusCode(400)
                .body("code", equalTo("INVALID_REQUEST"));
        as("coreco.treasurer")
                .queryParam("participant", "CorpMSP")
                .get(Q + "lc-actions")
                .then()
                .statusCode(400)
                .body("code", equalTo("INVALID_REQUEST"));
        as("bank1.officer")
                .queryParam("pageSize", 0)
                .get(Q + "credit-lines")
                .then()
                .statusCode(400)
                .body("code", equalTo("INVALID_REQUEST"));
        as("bank1.officer")
                .queryParam("pageSize", 201)
                .get(Q + "credit-lines")
                .then()
                .statusCode(400)
                .body("code", equalTo("PAGE_SIZE_OUT_OF_RANGE"));
        as("bank1.officer")
                .queryParam("bookmark", "\u0000rlineby\u0000Bank2MSP\u0000")
                .get(Q + "credit-lines")
                .then()
                .statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));
        // a cursor of one bank's queue does not open another bank's
        String regulatorCursor =
                as("regulator.auditor")
                        .queryParam("pageSize", 1)
                        .get(Q + "credit-lines")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("bookmark");
        assertThat(regulatorCursor).isNotEmpty();
        as("bank1.officer")
                .queryParam("bookmark", regulatorCursor)
                .get(Q + "credit-lines")
                .then()
                .statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));
    }
}
