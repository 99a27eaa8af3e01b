package io.tradechain.gateway;

import static io.tradechain.gateway.support.ApiScenarios.QIANHAI;
import static io.tradechain.gateway.support.ApiScenarios.SUZHOU;
import static io.tradechain.gateway.support.ApiScenarios.as;
import static io.tradechain.gateway.support.ApiScenarios.declaration;
import static io.tradechain.gateway.support.ApiScenarios.invoice;
import static io.tradechain.gateway.support.ApiScenarios.lock;
import static io.tradechain.gateway.support.ApiScenarios.money;
import static io.tradechain.gateway.support.ApiScenarios.registered;
import static io.tradechain.gateway.support.ApiScenarios.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tradechain.gateway.support.ApiScenarios;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scenarios 6, 11 and 13 of docs/domain.md and the verification API's rules, end to end through
 * REST.
 */
@QuarkusTest
class VerificationApiTest {

    @Inject MovableLedgerClock clock;

    @Test
    void scenario6SecondFinancingBeyondTheBalanceIsRefusedAlsoAtAnotherBank() {
        Map<String, Object> invoice = invoice();
        String id = registered(invoice);

        as("bank1.officer")
                .body(lock("B1-" + id.substring(0, 8), 40_000_000, invoice))
                .post("/api/v1/verification/locks")
                .then()
                .statusCode(201)
                .body("result.lock.status", equalTo("LOCKED"))
                .body("result.document.balance.minorUnits", equalTo(16_500_000))
                .body("blockNumber", notNullValue());
        as("bank1.officer")
                .body(lock("B1-2-" + id.substring(0, 8), 16_500_001, invoice))
                .post("/api/v1/verification/locks")
                .then()
                .statusCode(422)
                .body("code", equalTo("DUPLICATE_FINANCING"))
                .body("details.requested", equalTo("16500001"))
                .body("details.currency", equalTo("CNY"))
                .body("details.balance", equalTo(null));
        as("bank2.officer")
                .body(lock("B2-" + id.substring(0, 8), 16_500_001, invoice))
                .post("/api/v1/verification/locks")
                .then()
                .statusCode(422)
                .body("code", equalTo("DUPLICATE_FINANCING"));
        as("bank2.officer")
                .body(lock("B2-" + id.substring(0, 8), 56_500_001, invoice))
                .post("/api/v1/verification/locks")
                .then()
                .statusCode(422)
                .body("code", equalTo("OVER_FINANCING"));
        as("bank2.officer")
                .body(lock("B2-" + id.substring(0, 8), 16_500_000, invoice))
                .post("/api/v1/verification/locks")
                .then()
                .statusCode(201)
                .body("result.document.balance.minorUnits", equalTo(0));
        as("tax.officer")
                .get("/api/v1/verification/documents/" + id)
                .then()
                .statusCode(200)
                .body("document.financed.minorUnits", equalTo(56_500_000))
                .body("locks", hasSize(2));
    }

    @Test
    void aLockWithAnAlteredFieldIsRefusedAndTheRegulatorCannotLock() {
        Map<String, Object> invoice = invoice();
        registered(invoice);
        Map<String, Object> altered = new LinkedHashMap<>(invoice);
        altered.put("amount", money("CNY", 60_000_000));
        as("bank1.officer")
                .body(lock("B1-ALT-1", 1_000, altered))
                .post("/api/v1/verification/locks")
                .then()
                .statusCode(422)
                .body("code", equalTo("DOCUMENT_MISMATCH"))
                .body("details.mismatchedFields", equalTo("AMOUNTS"));
        as("regulator.auditor")
                .body(lock("R-1", 1_000, invoice))
                .post("/api/v1/verification/locks")
                .then()
                .statusCode(403);
        as("regulator.admin")
                .body(lock("R-1", 1_000, invoice))
                .post("/api/v1/verification/locks")
                .then()
                .statusCode(403);
        as("bank1.officer")
                .body(invoice)
                .post("/api/v1/verification/invoices")
                .then()
                .statusCode(403)
                .body("code", equalTo("WRONG_ORGANISATION"));
    }

    @Test
    void releaseAndRepaymentThroughTheApi() {
        Map<String, Object> invoice = invoice();
        String id = registered(invoice);
        as("bank1.officer")
                .body(lock("B1-REL-1", 10_000_000, invoice))
                .post("/api/v1/verification/locks")
                .then()
                .statusCode(201);
        as("bank2.officer")
                .body(Map.of("reason", "not mine"))
                .post("/api/v1/verification/documents/" + id + "/locks/B1-REL-1/release")
                .then()
                .statusCode(403)
                .body("code", equalTo("NOT_THE_LOCKING_BANK"));
        as("bank1.officer")
                .body(Map.of("amount", money("CNY", 10_000_000)))
                .post("/api/v1/verification/documents/" + id + "/locks/B1-REL-1/repayments")
                .then()
                .statusCode(200)
                .body("result.lock.status", equalTo("REPAID"));
        as("bank1.officer")
                .body(lock("B1-REL-2", 20_000_000, invoice))
                .post("/api/v1/verification/locks")
                .then()
                .statusCode(201);
        as("bank1.officer")
                .body(Map.of("reason", "customer withdrew the application"))
                .post("/api/v1/verification/documents/" + id + "/locks/B1-REL-2/release")
                .then()
                .statusCode(200)
                .body("result.lock.status", equalTo("RELEASED"))
                .body("result.document.balance.minorUnits", equalTo(46_500_000));
    }

    @Test
    void scenario11BatchOfOneHundredCustomsDeclarationsMixed() {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Map<String, Object> declaration = declaration(1_000_000L + i * 10_000L);
            as("customs.officer")
                    .body(declaration)
                    .post("/api/v1/verification/declarations")
                    .then()
                    .statusCode(201);
            batch.add(ApiScenarios.asChecked(declaration, i)); // 20 of them changed
        }
        for (int i = 0; i < 40; i++) {
            batch.add(typed("CUSTOMS_DECLARATION", declaration(5_000_000)));
        }

        JsonPath answer =
                as("bank2.officer")
                        .body(Map.of("documents", batch))
                        .post("/api/v1/verification/verify")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();

        assertThat(answer.getInt("count")).isEqualTo(100);
        assertThat(answer.getInt("authentic")).isEqualTo(40);
        assertThat(answer.getInt("mismatch")).isEqualTo(20);
        assertThat(answer.getInt("unknown")).isEqualTo(40);
        List<String> results = answer.getList("results.result");
        for (int i = 0; i < 100; i++) {
            String expected = i >= 60 ? "UNKNOWN" : i % 3 == 0 ? "MISMATCH" : "AUTHENTIC";
            assertThat(results.get(i)).as("document %d", i).isEqualTo(expected);
        }
        assertThat(answer.getList("results[0].mismatchedFields")).containsExactly("AMOUNTS");
        assertThat(answer.getList("results[3].mismatchedFields")).containsExactly("DATES");
        assertThat(answer.getMap("results[0]")).doesNotContainKeys("faceValue", "balance");

        StringBuilder csv =
                new StringBuilder(
                        "type,declarationNumber,exporterCode,currency,amount,declarationDate\n");
        for (Map<String, Object> item : batch) {
            @SuppressWarnings("unchecked")
            Map<String, Object> amount = (Map<String, Object>) item.get("amount");
            long minor = ((Number) amount.get("minorUnits")).longValue();
            csv.append("CUSTOMS_DECLARATION,")
                    .append(item.get("declarationNumber"))
                    .append(',')
                    .append(item.get("exporterCode"))
                    .append(",USD,")
                    .append(minor / 100)
                    .append('.')
                    .append(String.format("%02d", minor % 100))
                    .append(',')
                    .append(item.get("declarationDate"))
                    .append('\n');
        }
        JsonPath fromCsv =
                ApiScenarios.as("bank2.officer")
                        .contentType("text/csv")
                        .body(csv.toString())
                        .post("/api/v1/verification/verify")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(fromCsv.getList("results.result")).isEqualTo(results);
    }

    @Test
    void csvErrorsNameTheLineAndColumn() {
        as("bank1.officer")
                .contentType("text/csv")
                .body("type,invoiceCode,colour\nINVOICE,1,red\n")
                .post("/api/v1/verification/verify")
                .then()
                .statusCode(400)
                .body("code", equalTo("INVALID_CSV"))
                .body("details.column", equalTo("colour"));
        as("bank1.officer")
                .contentType("text/csv")
                .body(
                        "type,declarationNumber,exporterCode,currency,amount,declarationDate\n"
                                + "CUSTOMS_DECLARATION,224820260000000001,"
                                + QIANHAI
                                + ",USD,12.345,2026-01-01\n")
                .post("/api/v1/verification/verify")
                .then()
                .statusCode(400)
                .body("code", equalTo("INVALID_CSV"))
                .body("details.line", equalTo("2"))
                .body("details.column", equalTo("amount"));
        as("bank1.officer")
                .contentType("text/csv")
                .body("")
                .post("/api/v1/verification/verify")
                .then()
                .statusCode(400);
    }

    @Test
    void badBatchesAre400() {
        as("bank1.officer")
                .body(Map.of("documents", List.of()))
                .post("/api/v1/verification/verify")
                .then()
                .statusCode(400);
        as("bank1.officer")
                .body("{\"documents\":[{\"type\":\"INVOICE\",\"colour\":\"red\"}]}")
                .post("/api/v1/verification/verify")
                .then()
                .statusCode(400);
        as("bank1.officer")
                .body(Map.of("documents", List.of(Map.of("type", "INVOICE", "invoiceCode", "12"))))
                .post("/api/v1/verification/verify")
                .then()
                .statusCode(400)
                .body("details.field", equalTo("documents[0].invoiceCode"));
        // enterprises do not verify, not even documents naming them (the answer shows what others
        // financed)
        as("suzhou.clerk")
                .body(Map.of("documents", List.of(typed("INVOICE", invoice()))))
                .post("/api/v1/verification/verify")
                .then()
                .statusCode(403)
                .body("code", equalTo("WRONG_ORGANISATION"));
        as("ningbo.clerk")
                .body(Map.of("documents", List.of(typed("INVOICE", invoice()))))
                .post("/api/v1/verification/verify")
                .then()
                .statusCode(403)
                .body("code", equalTo("WRONG_ORGANISATION"));
    }

    @Test
    void scenario13AuthorisationForThirtyDaysThenTheQueryIsRefused() {
        String documentsOfSuzhou = "/api/v1/verification/parties/" + SUZHOU + "/documents";
        as("bank2.officer")
                .get(documentsOfSuzhou)
                .then()
                .statusCode(403)
                .body("code", equalTo("AUTHORISATION_REQUIRED"));
        String expiresOn = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
        as("suzhou.clerk")
                .body(Map.of("bankMsp", "Bank2MSP", "expiresOn", expiresOn))
                .post("/api/v1/verification/authorisations")
                .then()
                .statusCode(201)
                .body("result.status", equalTo("ACTIVE"));
        try {
            as("bank2.officer")
                    .get(documentsOfSuzhou)
                    .then()
                    .statusCode(200)
                    .body("items.size()", org.hamcrest.Matchers.greaterThan(0));
            clock.advance(Duration.ofDays(29));
            as("bank2.officer").get(documentsOfSuzhou).then().statusCode(200);
            clock.advance(Duration.ofDays(2));
            as("bank2.officer")
                    .get(documentsOfSuzhou)
                    .then()
                    .statusCode(403)
                    .body("code", equalTo("AUTHORISATION_EXPIRED"))
                    .body("details.expiresOn", equalTo(expiresOn));
            as("bank1.officer")
                    .get(documentsOfSuzhou)
                    .then()
                    .statusCode(403)
                    .body("code", equalTo("AUTHORISATION_REQUIRED"));
            as("suzhou.clerk")
                    .get("/api/v1/verification/parties/" + SUZHOU + "/authorisations")
                    .then()
                    .statusCode(200)
                    .body("items.find { it.bankMsp == 'Bank2MSP' }.status", equalTo("EXPIRED"));
        } finally {
            clock.reset();
        }
        as("suzhou.clerk")
                .post("/api/v1/verification/authorisations/Bank2MSP/revocation")
                .then()
                .statusCode(200)
                .body("result.status", equalTo("REVOKED"));
        as("bank2.officer")
                .get(documentsOfSuzhou)
                .then()
                .statusCode(403)
                .body("code", equalTo("AUTHORISATION_REVOKED"));
        as("regulator.auditor").get(documentsOfSuzhou).then().statusCode(200);
        as("regulator.auditor")
                .body(Map.of("bankMsp", "Bank2MSP", "expiresOn", expiresOn))
                .post("/api/v1/verification/authorisations")
                .then()
                .statusCode(403);
    }

    @Test
    void theDemoDocumentsAreSeededAndTheAuthorityAndRegulatorSeeTheirFields() {
        JsonPath page =
                as("tax.officer")
                        .get("/api/v1/verification/parties/" + QIANHAI + "/documents?pageSize=50")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(page.getList("items.type")).contains("INVOICE", "CUSTOMS_DECLARATION");
        String id = page.getString("items.find { it.type == 'CUSTOMS_DECLARATION' }.documentId");
        as("regulator.auditor")
                .get("/api/v1/verification/documents/" + id + "/fields")
                .then()
                .statusCode(200)
                .body("declaration.exporterCode", equalTo(QIANHAI));
        as("bank1.officer")
                .get("/api/v1/verification/documents/" + id + "/fields")
                .then()
                .statusCode(403)
                .body("code", equalTo("ACCESS_DENIED"));
        as("bank1.officer").get("/api/v1/verification/documents/not-an-id").then().statusCode(400);
    }
}
