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
 * Acceptance scenarios through the five gateways on a real Fabric network brought up by {@code scripts/network.sh up}
 * with the native Fabric binaries (peer, orderer, osnadmin, configtxgen, cryptogen on the PATH; FABRIC_CFG_PATH or
 * Fabric's config/ beside the binaries). Skipped, saying so, on a machine without them. The network is taken down
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
    private static boolean startedHere;

    @BeforeAll
    static void network() throws Exception {
        boolean binaries = List.of("peer", "orderer", "osnadmin", "configtxgen", "cryptogen").stream()
                .allMatch(FabricNetworkIT::onPath);
        assumeTrue(binaries, "Fabric binaries (peer, orderer, osnadmin, configtxgen, cryptogen) are not on the "
                + "PATH: the real-network scenarios are skipped (README: Real Fabric network)");
        if (ready(REGULATOR)) {
            return;
        }
        Process up = new ProcessBuilder("bash", ROOT.resolve("scripts/network.sh").toString(), "up", "--runtime",
                "native").directory(ROOT.toFile()).redirectErrorStream(true)
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

    private static JsonNode get(String base, String user, String path, int expected) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", auth(user)).GET().build(), expected);
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
