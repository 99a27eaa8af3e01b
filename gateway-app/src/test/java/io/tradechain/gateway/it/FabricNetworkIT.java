package io.tradechain.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance scenarios through the five gateways on a real Fabric network brought up by {@code scripts/network.sh up}:
 * on Docker when an engine answers, else with the native Fabric binaries (peer, orderer, osnadmin, configtxgen,
 * cryptogen on the PATH; FABRIC_CFG_PATH or Fabric's config/ beside the binaries). Skipped, saying so, without
 * either. The network is taken down
 * afterwards unless it was already running before the test.
 */
class FabricNetworkIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Path ROOT = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    private static final String BANK1 = "http://127.0.0.1:8081";
    private static final String BANK2 = "http://127.0.0.1:8082";
    private static final String CORP = "http://127.0.0.1:8083";
    private static final String AUTHORITY = "http://127.0.0.1:8084";
    private static final String REGULATOR = "http://127.0.0.1:8085";
    private static final String HUADONG = "91310115MA1K4HQ27W";
    private static final String SUZHOU = "91320505MA1W3KT8XR";
    private static final String HANGZHOU = "91330106MA2CF1L6NM";
    private static final String WENZHOU = "92330302MA2L0E9R52";
    private static boolean startedHere;

    @BeforeAll
    static void network() throws Exception {
        boolean binaries = List.of("peer", "orderer", "osnadmin", "configtxgen", "cryptogen").stream()
                .allMatch(FabricNetworkIT::onPath);
        assumeTrue(binaries || dockerEngine(), "neither a Docker engine nor the Fabric binaries (peer, orderer, "
                + "osnadmin, configtxgen, cryptogen) on the PATH: the real-network scenarios are skipped (README: "
                + "Real Fabric network)");
        if (ready(REGULATOR)) {
            return;
        }
        Process up = new ProcessBuilder("bash", ROOT.resolve("scripts/network.sh").toString(), "up")
                .directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(ROOT.resolve("network/run-it.log").toFile()).start();
        startedHere = true;
        assertThat(up.waitFor()).as("scripts/network.sh up (log: network/run-it.log)").isZero();
    }

    @AfterAll
    static void down() throws Exception {
        if (startedHere) {
            new ProcessBuilder("bash", ROOT.resolve("scripts/network.sh").toString(), "down")
                    .directory(ROOT.toFile()).inheritIO().start().waitFor();
        }
    }

    @Test
    void scenario7SightLcFromApplicationToCloseWithADiscrepancyWaived() throws Exception {
        String number = "0" + (System.currentTimeMillis() % 10_000_000L);
        Map<String, Object> invoice = Map.of("invoiceCode", "3205194130", "invoiceNumber", number.substring(
                number.length() - 8), "checkCode", "7392018465" + number.substring(number.length() - 8) + "11",
                "sellerCode", SUZHOU, "buyerCode", HUADONG, "amount", money(100_000_000L), "tax", money(13_000_000L),
                "issueDate", LocalDate.now(ZoneOffset.UTC).minusDays(2).toString());
        post(AUTHORITY, "tax.officer", "/api/v1/verification/invoices", invoice, 201);

        String lcId = post(CORP, "coreco.treasurer", "/api/v1/lcs", Map.of("issuingBankMsp", "Bank1MSP",
                "advisingBankMsp", "Bank2MSP", "beneficiaryCode", SUZHOU, "amount", money(100_000_000L),
                "tolerancePct", 5, "expiryDate", LocalDate.now(ZoneOffset.UTC).plusDays(60).toString(),
                "usanceDays", 0, "goodsDescription", "steel coil", "documentsRequired", List.of("INVOICE"),
                "contractRef", "SC-IT-" + number), 201).path("result").path("lcId").asText();
        post(BANK1, "bank1.officer", "/api/v1/lcs/" + lcId + "/issue", null, 200);
        post(BANK2, "bank2.officer", "/api/v1/lcs/" + lcId + "/advice", null, 200);
        Map<String, Object> typed = new java.util.HashMap<>(invoice);
        typed.put("type", "INVOICE");
        int n = post(CORP, "suzhou.clerk", "/api/v1/lcs/" + lcId + "/presentations", Map.of("amount",
                money(100_000_000L), "documents", List.of(Map.of("type", "INVOICE", "reference", number, "sha256",
                "1".repeat(64))), "invoice", typed), 201).path("result").path("number").asInt();
        String p = "/api/v1/lcs/" + lcId + "/presentations/" + n;
        post(BANK1, "bank1.officer", p + "/receipt", null, 200);
        post(BANK1, "bank1.officer", p + "/examination", Map.of("discrepancies", List.of("late presentation")),
                200);
        post(CORP, "coreco.treasurer", p + "/waiver", null, 200);
        post(BANK1, "bank1.officer", p + "/payment", null, 200);
        post(BANK1, "bank1.officer", "/api/v1/lcs/" + lcId + "/closure", null, 200);

        JsonNode timeline = get(REGULATOR, "regulator.auditor", "/api/v1/lcs/" + lcId + "/timeline", 200);
        assertThat(timeline.path("lc").path("status").asText()).isEqualTo("CLOSED");
        assertThat(timeline.path("steps")).hasSize(9); // apply, issue, advise, present, receive, examine, waive, pay, close
        get(REGULATOR, "regulator.auditor", "/api/v1/lcs/" + lcId + "/terms", 200);
        // the regulator reads everything and writes nothing; an enterprise outside the L/C reads no terms
        post(REGULATOR, "regulator.admin", "/api/v1/lcs/" + lcId + "/closure", null, 403);
        get(CORP, "ningbo.clerk", "/api/v1/lcs/" + lcId + "/terms", 403);
        // a refusal keeps its code on the real network too
        JsonNode conflict = post(BANK1, "bank1.officer", "/api/v1/lcs/" + lcId + "/issue", null, 409);
        assertThat(conflict.path("code").asText()).isEqualTo("LC_STATE_CONFLICT");
    }

    @Test
    void scenarios1To3And12IssueTransferFinanceAndPrivateTermsOnTheNetwork() throws Exception {
        String number = String.format("%08d", System.currentTimeMillis() % 100_000_000L);
        Map<String, Object> invoice = Map.of("invoiceCode", "3205194131", "invoiceNumber", number, "checkCode",
                "739201846520" + number, "sellerCode", SUZHOU, "buyerCode", HUADONG, "amount", money(100_000_000L),
                "tax", money(13_000_000L), "issueDate", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
        String invoiceId = post(AUTHORITY, "tax.officer", "/api/v1/verification/invoices", invoice, 201)
                .path("result").path("documentId").asText();
        HttpResponse<String> line = HTTP.send(HttpRequest.newBuilder(URI.create(BANK1 + "/api/v1/receivables/lines"))
                .header("Authorization", auth("bank1.officer")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("debtorCode", HUADONG,
                        "limit", money(10_000_000_000L), "expiresOn", LocalDate.now(ZoneOffset.UTC).plusYears(1)
                                .toString())))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(line.statusCode()).as(line.body()).isIn(201, 409); // 409: granted by an earlier run

        Map<String, Object> typed = new java.util.HashMap<>(invoice);
        typed.put("type", "INVOICE");
        String rootId = post(CORP, "coreco.treasurer", "/api/v1/receivables/certificates", Map.of("lineId",
                "Bank1MSP:" + HUADONG, "supplierCode", SUZHOU, "amount", money(50_000_000L), "maturityDate",
                LocalDate.now(ZoneOffset.UTC).plusDays(90).toString(), "contractRef", "PO-IT-" + number,
                "invoiceDocumentId", invoiceId, "invoice", typed), 201).path("result").path("rootId").asText();
        post(CORP, "suzhou.clerk", "/api/v1/receivables/certificates/" + rootId + "/acceptance", null, 200);
        JsonNode toB = post(CORP, "suzhou.clerk", "/api/v1/receivables/pieces/" + rootId + "/transfers",
                Map.of("recipientCode", HANGZHOU, "amount", money(20_000_000L)), 200).path("result");
        JsonNode toD = post(CORP, "hangzhou.clerk", "/api/v1/receivables/pieces/"
                + toB.path("transferred").path("pieceId").asText() + "/transfers", Map.of("recipientCode", WENZHOU,
                "amount", money(5_000_000L)), 200).path("result");
        JsonNode trace = get(CORP, "wenzhou.clerk", "/api/v1/receivables/pieces/"
                + toD.path("transferred").path("pieceId").asText() + "/trace", 200);
        assertThat(trace.path("hops").findValuesAsText("holderCode")).containsExactly(SUZHOU, HANGZHOU, WENZHOU);

        String requestId = post(CORP, "hangzhou.clerk", "/api/v1/receivables/pieces/"
                + toD.path("remainder").path("pieceId").asText() + "/financing", Map.of("amount",
                money(15_000_000L)), 201).path("result").path("requestId").asText();
        post(BANK1, "bank1.officer", "/api/v1/receivables/financings/" + requestId + "/approval", Map.of("terms",
                Map.of("ratePerAnnumBp", 385, "fee", money(10_000L), "disbursed", money(14_800_000L)), "document",
                typed), 200);
        // scenario 12: Bank1's private terms: the holder and the regulator read them, Bank2 does not
        assertThat(get(CORP, "hangzhou.clerk", "/api/v1/receivables/financings/" + requestId + "/terms", 200)
                .path("ratePerAnnumBp").asInt()).isEqualTo(385);
        get(REGULATOR, "regulator.auditor", "/api/v1/receivables/financings/" + requestId + "/terms", 200);
        get(BANK2, "bank2.officer", "/api/v1/receivables/financings/" + requestId + "/terms", 403);
        post(REGULATOR, "regulator.admin", "/api/v1/receivables/pieces/" + rootId + "/financing",
                Map.of("amount", money(1)), 403);
    }

    private static Map<String, Object> money(long minorUnits) {
        return Map.of("currency", "CNY", "minorUnits", minorUnits);
    }

    private static JsonNode post(String base, String user, String path, Object body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", auth(user)).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return send(request.build(), expected);
    }

    /**
     * A read, retried for up to 10 s while it fails with something else than expected: each peer commits a block on
     * its own, so another organisation's peer may not have the newest block (or its private data) yet.
     */
    private static JsonNode get(String base, String user, String path, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", auth(user)).GET().build();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == expected || System.nanoTime() > until) {
                return send(request, expected);
            }
            Thread.sleep(250);
        }
    }

    private static JsonNode send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(request.method() + " " + request.uri() + ": " + response.body())
                .isEqualTo(expected);
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private static String auth(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static boolean ready(String base) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).timeout(Duration.ofSeconds(2))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    /** scripts/network.sh picks the Docker runtime itself when an engine answers. */
    private static boolean dockerEngine() {
        if (!onPath("docker")) {
            return false;
        }
        try {
            Process info = new ProcessBuilder("docker", "info").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return info.waitFor(20, java.util.concurrent.TimeUnit.SECONDS) && info.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean onPath(String binary) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, binary))) {
                return true;
            }
        }
        return false;
    }
}
