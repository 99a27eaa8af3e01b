package io.tradechain.gateway;

import static io.tradechain.gateway.support.ApiScenarios.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tradechain.chaincode.common.Hashes;
import io.tradechain.gateway.support.ApiScenarios;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Scenario 17 through the REST API on the embedded ledger (docs/supervision.md): a double financing
 * refused at Bank2 reaches the regulator's event stream within 2 s and its alert list, and nobody
 * else's; only the regulator reads alerts and exposure; the exposure of the demo core enterprise
 * equals what the test adds up from the individual certificates and financings on the ledger.
 */
@QuarkusTest
class SupervisionScenarioTest {
    private static final String CORE = ApiScenarios.CORE;
    private static final List<String> OTHERS =
            List.of(
                    "bank1.officer",
                    "bank2.officer",
                    "coreco.treasurer",
                    "suzhou.clerk",
                    "tax.officer");

    @TestHTTPResource("/api/v1/events")
    URL events;

    /**
     * An open event stream that keeps what it receives: name and data of each event, with the
     * arrival time.
     */
    final class Stream implements AutoCloseable {
        record Event(String name, String data, long atNanos) {}

        final List<Event> received = new ArrayList<>();
        private final HttpResponse<java.io.InputStream> response;

        Stream(String user) throws Exception {
            HttpRequest request =
                    HttpRequest.newBuilder(URI.create(events.toString()))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString(
                                                            (user + ":demo")
                                                                    .getBytes(
                                                                            StandardCharsets
                                                                                    .UTF_8)))
                            .header("Accept", "text/event-stream")
                            .build();
            response =
                    HttpClient.newHttpClient()
                            .send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            CompletableFuture.runAsync(
                    () -> {
                        try (BufferedReader reader =
                                new BufferedReader(
                                        new InputStreamReader(
                                                response.body(), StandardCharsets.UTF_8))) {
                            String name = null;
                            String line;
                            while ((line = reader.readLine()) != null) {
                                if (line.startsWith("event:")) {
                                    name = line.substring(6).trim();
                                } else if (line.startsWith("data:")) {
                                    synchronized (received) {
                                        received.add(
                                                new Event(
                                                        name,
                                                        line.substring(5).trim(),
                                                        System.nanoTime()));
                                    }
                                }
                            }
                        } catch (Exception e) {
                            // closed by the test
                        }
                    });
        }

        List<Event> named(String name) {
            synchronized (received) {
                return received.stream().filter(e -> name.equals(e.name())).toList();
            }
        }

        @Override
        public void close() throws Exception {
            response.body().close();
        }
    }

    @Test
    void
            aRefusedDoubleFinancingAtBank2ReachesTheRegulatorsStreamWithinTwoSecondsAndItsAlertListOnly()
                    throws Exception {
        Map<String, Object> invoice = ApiScenarios.invoice();
        String documentId = ApiScenarios.registered(invoice);
        long face = 56_500_000;
        as("bank1.officer")
                .body(ApiScenarios.lock("B1-S17-" + invoice.get("invoiceNumber"), face, invoice))
                .post("/api/v1/verification/locks")
                .then()
                .statusCode(201);

        String alertId;
        try (Stream regulator = new Stream("regulator.auditor");
                Stream bank2 = new Stream("bank2.officer");
                Stream bank1 = new Stream("bank1.officer")) {
            Thread.sleep(300);
            long refusedAt = System.nanoTime();
            // the client's answer is the refusal, unchanged
            as("bank2.officer")
                    .body(
                            ApiScenarios.lock(
                                    "B2-S17-" + invoice.get("invoiceNumber"), 10_000_000, invoice))
                    .post("/api/v1/verification/locks")
                    .then()
                    .statusCode(422)
                    .body("code", equalTo("DUPLICATE_FINANCING"));
            long deadline = refusedAt + 2_000_000_000L;
            while (regulator.named("supervision.AlertRecorded").isEmpty()
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            List<Stream.Event> alerts = regulator.named("supervision.AlertRecorded");
            assertThat(alerts).as("the regulator's stream within 2 s").hasSize(1);
            assertThat(alerts.get(0).atNanos() - refusedAt).isLessThan(2_000_000_000L);
            alertId = JsonPath.from(alerts.get(0).data()).getString("payload.ids.alertId");
            assertThat(alerts.get(0).data()).doesNotContain(documentId);
            Thread.sleep(500);
            assertThat(bank2.named("supervision.AlertRecorded")).isEmpty();
            assertThat(bank1.named("supervision.AlertRecorded")).isEmpty();
        }

        JsonPath alert =
                as("regulator.auditor")
                        .get("/api/v1/supervision/alerts/" + alertId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(alert.getString("code")).isEqualTo("DUPLICATE_FINANCING");
        assertThat(alert.getString("askingMsp")).isEqualTo("Bank2MSP");
        assertThat(alert.getString("refusedFunction")).isEqualTo("verification.LockAmount");
        assertThat(alert.getString("documentHash")).isEqualTo(Hashes.sha256Hex(documentId));
        assertThat(alert.getLong("requested.minorUnits")).isEqualTo(10_000_000);
        assertThat(alert.getBoolean("confirmed")).isTrue();

        List<String> listed =
                as("regulator.auditor")
                        .get(
                                "/api/v1/supervision/alerts?code=DUPLICATE_FINANCING&organisation=Bank2MSP&pageSize=200")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.alertId");
        assertThat(listed).contains(alertId);
        String csv =
                as("regulator.auditor")
                        .accept("text/csv")
                        .get("/api/v1/supervision/alerts?pageSize=200")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(csv).startsWith("alertId,recordedAt,code,askingMsp").contains(alertId + ",");

        for (String user : OTHERS) {
            as(user).get("/api/v1/supervision/alerts/" + alertId)
                    .then()
                    .statusCode(403)
                    .body("code", equalTo("REGULATOR_ONLY"));
            as(user).get("/api/v1/supervision/alerts")
                    .then()
                    .statusCode(403)
                    .body("code", equalTo("REGULATOR_ONLY"));
            as(user).get("/api/v1/supervision/exposure/banks").then().statusCode(403);
            as(user).get("/api/v1/supervision/exposure/enterprises/" + CORE).then().statusCode(403);
        }
        as("regulator.auditor").get("/api/v1/supervision/alerts?code=NOPE").then().statusCode(400);
        as("regulator.auditor")
                .get("/api/v1/supervision/alerts/" + "0".repeat(64))
                .then()
                .statusCode(404)
                .body("code", equalTo("ALERT_NOT_FOUND"));
    }

    @Test
    void theCoreEnterprisesExposureEqualsItsCertificatesAndFinancingsAddedUpFromTheLedger() {
        // one more certificate on Huadong, part of it financed at Bank1
        Map<String, Object> invoice = ApiScenarios.invoice();
        ApiScenarios.registered(invoice);
        String rootId =
                ApiScenarios.issuedAndAccepted(20_000_000, ApiScenarios.today(120), invoice);
        String requestId = ApiScenarios.financingRequested("suzhou.clerk", rootId, 8_000_000);
        Map<String, Object> approval = new LinkedHashMap<>();
        approval.put("document", ApiScenarios.typed("INVOICE", invoice));
        approval.put("terms", ApiScenarios.financingTerms(400, 1_000, 7_800_000));
        as("bank1.officer")
                .body(approval)
                .post("/api/v1/receivables/financings/" + requestId + "/approval")
                .then()
                .statusCode(200);

        // the test's own sum: every certificate and financing transaction on the ledger, read one
        // by one
        long height =
                as("regulator.auditor")
                        .get("/api/v1/ledger")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("height");
        Set<String> roots = new HashSet<>();
        Set<String> requests = new HashSet<>();
        for (long n = 0; n < height; n++) {
            JsonPath block =
                    as("regulator.auditor")
                            .get("/api/v1/ledger/blocks/" + n)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            List<Map<String, Object>> txs = block.getList("transactions");
            for (Map<String, Object> tx : txs) {
                if (!"VALID".equals(tx.get("validationCode"))
                        || !"receivables".equals(tx.get("chaincode"))) {
                    continue;
                }
                if ("IssueCertificate".equals(tx.get("function"))) {
                    roots.add((String) tx.get("txId"));
                } else if ("RequestFinancing".equals(tx.get("function"))) {
                    requests.add((String) tx.get("txId"));
                }
            }
        }
        assertThat(roots).contains(rootId);
        assertThat(requests).contains(requestId);
        long outstanding = 0;
        Set<String> owed = new HashSet<>();
        for (String root : roots) {
            JsonPath certificate =
                    as("regulator.auditor")
                            .get("/api/v1/receivables/certificates/" + root)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            String status = certificate.getString("status");
            if (CORE.equals(certificate.getString("debtorCode"))
                    && ("OUTSTANDING".equals(status) || "OVERDUE".equals(status))) {
                owed.add(root);
                long settled =
                        certificate.get("settled") == null
                                ? 0
                                : certificate.getLong("settled.minorUnits");
                outstanding += certificate.getLong("faceValue.minorUnits") - settled;
            }
        }
        long financed = 0;
        for (String request : requests) {
            JsonPath financing =
                    as("regulator.auditor")
                            .get("/api/v1/receivables/financings/" + request)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            if ("APPROVED".equals(financing.getString("status"))
                    && owed.contains(financing.getString("rootId"))) {
                financed += financing.getLong("amount.minorUnits");
            }
        }
        assertThat(financed).isGreaterThanOrEqualTo(8_000_000);

        JsonPath exposure =
                as("regulator.auditor")
                        .get("/api/v1/supervision/exposure/enterprises/" + CORE)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(exposure.getInt("certificatesOwed.count")).isEqualTo(owed.size());
        assertThat(
                        exposure.getLong(
                                "certificatesOwed.outstanding.find { it.currency == 'CNY' }.minorUnits"))
                .isEqualTo(outstanding);
        assertThat(
                        exposure.getLong(
                                "certificatesOwed.financed.find { it.currency == 'CNY' }.minorUnits"))
                .isEqualTo(financed);
        long perBankOutstanding = 0;
        for (Map<String, Object> bank : exposure.<Map<String, Object>>getList("byBank")) {
            for (Object total : (List<?>) bank.get("certificatesOutstanding")) {
                perBankOutstanding += ((Number) ((Map<?, ?>) total).get("minorUnits")).longValue();
            }
        }
        assertThat(perBankOutstanding).isEqualTo(outstanding);

        // the certificate list, page by page and as CSV, adds up to the same
        long listed = 0;
        int rows = 0;
        String bookmark = "";
        do {
            JsonPath page =
                    as("regulator.auditor")
                            .get(
                                    "/api/v1/supervision/exposure/enterprises/"
                                            + CORE
                                            + "/certificates?pageSize=2&bookmark="
                                            + bookmark)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            for (Map<String, Object> row : page.<Map<String, Object>>getList("items")) {
                listed +=
                        ((Number) ((Map<?, ?>) row.get("outstanding")).get("minorUnits"))
                                .longValue();
                rows++;
            }
            bookmark = page.getString("bookmark");
        } while (!bookmark.isEmpty());
        assertThat(listed).isEqualTo(outstanding);
        assertThat(rows).isEqualTo(owed.size());
        String csv =
                as("regulator.auditor")
                        .accept("text/csv")
                        .get(
                                "/api/v1/supervision/exposure/enterprises/"
                                        + CORE
                                        + "/certificates?pageSize=200")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(csv.lines().count()).isEqualTo(owed.size() + 1L);
        assertThat(csv)
                .startsWith(
                        "rootId,funderMsp,status,currency,faceValueMinorUnits,settledMinorUnits,")
                .contains(rootId + ",Bank1MSP,OUTSTANDING,CNY,20000000,0,20000000,8000000,");

        // Bank1's totals hold the financing, and every bank is listed
        JsonPath banks =
                as("regulator.auditor")
                        .get("/api/v1/supervision/exposure/banks")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(banks.getList("items.bankMsp")).contains("Bank1MSP");
        assertThat(
                        banks.getLong(
                                "items.find { it.bankMsp == 'Bank1MSP' }.financed.find { it.currency == 'CNY' }"
                                        + ".minorUnits"))
                .isGreaterThanOrEqualTo(8_000_000);
        assertThat(
                        as("regulator.auditor")
                                .accept("text/csv")
                                .get("/api/v1/supervision/exposure/banks")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString())
                .startsWith("bankMsp,lines,linesGranted");
    }
}
