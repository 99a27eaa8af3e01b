package io.tradechain.gateway;

import static io.tradechain.gateway.support.ApiScenarios.LCS;
import static io.tradechain.gateway.support.ApiScenarios.as;
import static io.tradechain.gateway.support.ApiScenarios.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tradechain.gateway.support.ApiScenarios;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One invoice, one financing, across products, through the REST API
 * (docs/one-invoice-one-financing.md): an invoice financed elsewhere cannot be financed again by
 * negotiating an L/C drawing on it; one invoice cannot back drawings under two L/Cs or certificates
 * on two lines beyond its face value; a refusal to another bank says that the invoice is used,
 * never by whom or for how much; a line's pricing gives a financing its terms.
 */
@QuarkusTest
class CrossProductFinancingTest {
    /** Every invoice of ApiScenarios.invoice(): CNY 500,000.00 + 65,000.00 tax. */
    private static final long FACE = 56_500_000;

    private static Map<String, Object> typed(Map<String, Object> invoice) {
        return ApiScenarios.typed("INVOICE", invoice);
    }

    private static io.restassured.response.Response presentWith(
            String lcId, long amount, Map<String, Object> invoice) {
        return as("suzhou.clerk")
                .body(ApiScenarios.presentation(amount, invoice))
                .post(LCS + lcId + "/presentations");
    }

    private static io.restassured.response.Response negotiate(String lcId, int n, long price) {
        return as("bank2.officer")
                .body(Map.of("price", money("CNY", price)))
                .post(LCS + lcId + "/presentations/" + n + "/negotiation");
    }

    private static JsonPath document(String documentId) {
        return as("regulator.auditor")
                .get("/api/v1/verification/documents/" + documentId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void anInvoiceFinancedInFullAtBank1CannotBeFinancedAgainByNegotiatingAnLcDrawingOnIt() {
        Map<String, Object> invoice = ApiScenarios.invoice();
        String documentId = ApiScenarios.registered(invoice);
        as("bank1.officer")
                .body(ApiScenarios.lock("B1-RF-" + invoice.get("invoiceNumber"), FACE, invoice))
                .post("/api/v1/verification/locks")
                .then()
                .statusCode(201);

        String lcId = ApiScenarios.advisedLc(60);
        int n =
                presentWith(lcId, 40_000_000, invoice)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("result.number");
        ApiScenarios.examine(lcId, n, List.of(), "COMPLIANT");
        ApiScenarios.accept(lcId, n);
        String refusal =
                negotiate(lcId, n, 39_000_000)
                        .then()
                        .statusCode(422)
                        .body("code", equalTo("DUPLICATE_FINANCING"))
                        .body("details.documentId", equalTo(documentId))
                        .extract()
                        .asString();
        // Bank2 learns the invoice is used, not that Bank1 financed it nor for how much
        assertThat(refusal).doesNotContain("Bank1MSP", "565000.00", "B1-RF-");
        JsonPath after = document(documentId);
        assertThat(after.getLong("document.balance.minorUnits")).isZero();
        assertThat(after.getInt("document.lockCount")).isEqualTo(1);
        as("bank2.officer")
                .get(LCS + lcId + "/presentations/" + n)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    void oneInvoiceCannotBackDrawingsUnderTwoLcsBeyondItsFaceValue() {
        Map<String, Object> invoice = ApiScenarios.invoice();
        String documentId = ApiScenarios.registered(invoice);
        String first = ApiScenarios.advisedLc(0);
        String second = ApiScenarios.advisedLc(0);
        int n =
                presentWith(first, 50_000_000, invoice)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("result.number");
        presentWith(second, 50_000_000, invoice)
                .then()
                .statusCode(422)
                .body("code", equalTo("DOCUMENT_ALREADY_BACKING"));
        // what is left of the face value may still back a drawing elsewhere
        presentWith(second, FACE - 50_000_000, invoice).then().statusCode(201);
        assertThat(document(documentId).getLong("document.unbacked.minorUnits")).isZero();

        // refused documents give their share back
        ApiScenarios.examine(first, n, List.of("delivery note unsigned"), "DISCREPANT");
        as("coreco.treasurer")
                .post(LCS + first + "/presentations/" + n + "/refusal")
                .then()
                .statusCode(200);
        assertThat(document(documentId).getLong("document.unbacked.minorUnits"))
                .isEqualTo(50_000_000);
        presentWith(second, 40_000_000, invoice)
                .then()
                .statusCode(201); // within the second L/C's 525,000.00
    }

    @Test
    void oneInvoiceCannotBackCertificatesOnTwoBanksLinesBeyondItsFaceValue() {
        // Bank2 grants Huadong a line of its own for this test
        String bank2Line =
                as("bank2.officer")
                        .body(
                                Map.of(
                                        "debtorCode",
                                        ApiScenarios.CORE,
                                        "limit",
                                        money("CNY", 10_000_000_000L),
                                        "expiresOn",
                                        ApiScenarios.today(300),
                                        "pricing",
                                        Map.of("ratePerAnnumBp", 410, "feeBp", 5)))
                        .post("/api/v1/receivables/lines")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("result.lineId");
        Map<String, Object> invoice = ApiScenarios.invoice();
        String documentId = ApiScenarios.registered(invoice);
        long share = FACE * 8 / 10;
        as("coreco.treasurer")
                .body(ApiScenarios.issue(share, ApiScenarios.today(90), documentId, invoice))
                .post("/api/v1/receivables/certificates")
                .then()
                .statusCode(201);
        Map<String, Object> second =
                ApiScenarios.issue(share, ApiScenarios.today(90), documentId, invoice);
        second.put("lineId", bank2Line);
        as("coreco.treasurer")
                .body(second)
                .post("/api/v1/receivables/certificates")
                .then()
                .statusCode(422)
                .body("code", equalTo("DOCUMENT_ALREADY_BACKING"));
        // nor may the same invoice back an L/C drawing beyond what the certificate left
        presentWith(ApiScenarios.advisedLc(0), FACE - share + 1, invoice)
                .then()
                .statusCode(422)
                .body("code", equalTo("DOCUMENT_ALREADY_BACKING"));
        assertThat(document(documentId).getLong("document.backed.minorUnits")).isEqualTo(share);
        assertThat(document(documentId).getInt("document.backingCount")).isEqualTo(1);
    }

    @Test
    void
            aFinancingWithoutStatedTermsTakesTheLinesPricingWhichOnlyTheFunderTheDebtorAndTheRegulatorSee() {
        String line = ApiScenarios.LINE;
        as("bank1.officer")
                .body(Map.of("ratePerAnnumBp", 365, "feeBp", 20))
                .post("/api/v1/receivables/lines/" + line + "/pricing")
                .then()
                .statusCode(200);
        as("coreco.treasurer")
                .get("/api/v1/receivables/lines/" + line + "/pricing")
                .then()
                .statusCode(200)
                .body("ratePerAnnumBp", equalTo(365))
                .body("feeBp", equalTo(20));
        as("regulator.auditor")
                .get("/api/v1/receivables/lines/" + line + "/pricing")
                .then()
                .statusCode(200);
        as("bank2.officer")
                .get("/api/v1/receivables/lines/" + line + "/pricing")
                .then()
                .statusCode(403);
        as("suzhou.clerk")
                .get("/api/v1/receivables/lines/" + line + "/pricing")
                .then()
                .statusCode(403);
        as("bank2.officer")
                .body(Map.of("ratePerAnnumBp", 1))
                .post("/api/v1/receivables/lines/" + line + "/pricing")
                .then()
                .statusCode(403);

        Map<String, Object> invoice = ApiScenarios.invoice();
        ApiScenarios.registered(invoice);
        String rootId =
                ApiScenarios.issuedAndAccepted(36_500_000, ApiScenarios.today(100), invoice);
        String requestId = ApiScenarios.financingRequested("suzhou.clerk", rootId, 36_500_000);
        Map<String, Object> approval = new LinkedHashMap<>();
        approval.put("document", typed(invoice));
        as("bank1.officer")
                .body(approval)
                .post("/api/v1/receivables/financings/" + requestId + "/approval")
                .then()
                .statusCode(200);
        JsonPath terms =
                as("bank1.officer")
                        .get("/api/v1/receivables/financings/" + requestId + "/terms")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(terms.getString("basis")).isEqualTo("LINE_PRICING");
        assertThat(terms.getInt("ratePerAnnumBp")).isEqualTo(365);
        // 0.20% fee; 3.65% a year for 100 days on 365,000.00 is 3,650.00 of interest
        assertThat(terms.getLong("fee.minorUnits")).isEqualTo(73_000);
        assertThat(terms.getLong("disbursed.minorUnits")).isEqualTo(36_500_000 - 365_000 - 73_000);
    }
}
