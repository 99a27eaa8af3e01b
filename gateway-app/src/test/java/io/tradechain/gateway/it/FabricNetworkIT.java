package io.tradechain.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.gateway.support.ApiScenarios;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Acceptance scenarios 1-3, 7 and 12, a peer outage, block hashes and a start-up check through the
 * five gateways on a real Fabric network ({@link FabricTestNetwork}: skipped, saying so, without
 * Docker or the Fabric binaries). The network is taken down afterwards unless it was already
 * running before the test.
 */
class FabricNetworkIT {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Path ROOT = FabricTestNetwork.ROOT;
    private static final String BANK1 = "http://127.0.0.1:8081";
    private static final String BANK2 = "http://127.0.0.1:8082";
    private static final String CORP = "http://127.0.0.1:8083";
    private static final String AUTHORITY = "http://127.0.0.1:8084";
    private static final String REGULATOR = "http://127.0.0.1:8085";
    private static final String HUADONG = "91310115MA1K4HQ27W";
    private static final String SUZHOU = "91320505MA1W3KT8XR";
    private static final String HANGZHOU = "91330106MA2CF1L6NM";
    private static final String WENZHOU = "92330302MA2L0E9R52";

    @RegisterExtension
    static final FabricNetworkLifecycle NETWORK = new FabricNetworkLifecycle(REGULATOR);

    @Test
    void scenario7SightLcFromApplicationToCloseWithADiscrepancyWaived() throws Exception {
        String number = String.format("0%07d", System.currentTimeMillis() % 10_000_000L);
        Map<String, Object> invoice =
                Map.of(
                        "invoiceCode",
                        "3205194130",
                        "invoiceNumber",
                        number,
                        "checkCode",
                        "7392018465" + number + "11",
                        "sellerCode",
                        SUZHOU,
                        "buyerCode",
                        HUADONG,
                        "amount",
                        money(100_000_000L),
                        "tax",
                        money(13_000_000L),
                        "issueDate",
                        LocalDate.now(ZoneOffset.UTC).minusDays(2).toString());
        post(AUTHORITY, "tax.officer", "/api/v1/verification/invoices", invoice, 201);

        String lcId =
                post(
                                CORP,
                                "coreco.treasurer",
                                "/api/v1/lcs",
                                Map.of(
                                        "issuingBankMsp",
                                        "Bank1MSP",
                                        "advisingBankMsp",
                                        "Bank2MSP",
                                        "beneficiaryCode",
                                        SUZHOU,
                                        "amount",
                                        money(100_000_000L),
                                        "tolerancePct",
                                        5,
                                        "expiryDate",
                                        LocalDate.now(ZoneOffset.UTC).plusDays(60).toString(),
                                        "usanceDays",
                                        0,
                                        "goodsDescription",
                                        "steel coil",
                                        "documentsRequired",
                                        List.of("INVOICE"),
                                        "contractRef",
                                        "SC-IT-" + number),
                                201)
                        .path("result")
                        .path("lcId")
                        .asText();
        post(BANK1, "bank1.officer", "/api/v1/lcs/" + lcId + "/issue", null, 200);
        post(BANK2, "bank2.officer", "/api/v1/lcs/" + lcId + "/advice", null, 200);
        Map<String, Object> typed = new java.util.HashMap<>(invoice);
        typed.put("type", "INVOICE");
        int n =
                post(
                                CORP,
                                "suzhou.clerk",
                                "/api/v1/lcs/" + lcId + "/presentations",
                                Map.of(
                                        "amount",
                                        money(100_000_000L),
                                        "documents",
                                        List.of(
                                                Map.of(
                                                        "type",
                                                        "INVOICE",
                                                        "reference",
                                                        number,
                                                        "sha256",
                                                        "1".repeat(64))),
                                        "invoice",
                                        typed),
                                201)
                        .path("result")
                        .path("number")
                        .asInt();
        String p = "/api/v1/lcs/" + lcId + "/presentations/" + n;
        post(BANK1, "bank1.officer", p + "/receipt", null, 200);
        post(
                BANK1,
                "bank1.officer",
                p + "/examination",
                Map.of("discrepancies", List.of("late presentation")),
                200);
        post(CORP, "coreco.treasurer", p + "/waiver", null, 200);
        post(BANK1, "bank1.officer", p + "/payment", null, 200);
        post(BANK1, "bank1.officer", "/api/v1/lcs/" + lcId + "/closure", null, 200);

        JsonNode timeline =
                get(REGULATOR, "regulator.auditor", "/api/v1/lcs/" + lcId + "/timeline", 200);
        assertThat(timeline.path("lc").path("status").asText()).isEqualTo("CLOSED");
        assertThat(timeline.path("steps"))
                .hasSize(9); // apply, issue, advise, present, receive, examine, waive, pay, close
        get(REGULATOR, "regulator.auditor", "/api/v1/lcs/" + lcId + "/terms", 200);
        // the regulator reads everything and writes nothing; an enterprise outside the L/C reads no
        // terms
        post(REGULATOR, "regulator.admin", "/api/v1/lcs/" + lcId + "/closure", null, 403);
        get(CORP, "ningbo.clerk", "/api/v1/lcs/" + lcId + "/terms", 403);
        // a refusal keeps its code on the real network too
        JsonNode conflict =
                post(BANK1, "bank1.officer", "/api/v1/lcs/" + lcId + "/issue", null, 409);
        assertThat(conflict.path("code").asText()).isEqualTo("LC_STATE_CONFLICT");
    }

    @Test
    void scenarios1To3And12IssueTransferFinanceAndPrivateTermsOnTheNetwork() throws Exception {
        String number = String.format("%08d", System.currentTimeMillis() % 100_000_000L);
        Map<String, Object> invoice =
                ApiScenarios.vatInvoice(
                        "3205194131",
                        number,
                        "739201846520" + number,
                        SUZHOU,
                        100_000_000L,
                        13_000_000L);
        String invoiceId =
                post(AUTHORITY, "tax.officer", "/api/v1/verification/invoices", invoice, 201)
                        .path("result")
                        .path("documentId")
                        .asText();
        HttpResponse<String> line =
                FabricCalls.call(
                        BANK1,
                        "bank1.officer",
                        "POST",
                        "/api/v1/receivables/lines",
                        Map.of(
                                "debtorCode",
                                HUADONG,
                                "limit",
                                money(10_000_000_000L),
                                "expiresOn",
                                LocalDate.now(ZoneOffset.UTC).plusYears(1).toString()));
        assertThat(line.statusCode())
                .as(line.body())
                .isIn(201, 409); // 409: granted by an earlier run

        Map<String, Object> typed = new java.util.HashMap<>(invoice);
        typed.put("type", "INVOICE");
        String rootId =
                post(
                                CORP,
                                "coreco.treasurer",
                                "/api/v1/receivables/certificates",
                                Map.of(
                                        "lineId",
                                        "Bank1MSP:" + HUADONG,
                                        "supplierCode",
                                        SUZHOU,
                                        "amount",
                                        money(50_000_000L),
                                        "maturityDate",
                                        LocalDate.now(ZoneOffset.UTC).plusDays(90).toString(),
                                        "contractRef",
                                        "PO-IT-" + number,
                                        "invoiceDocumentId",
                                        invoiceId,
                                        "invoice",
                                        typed),
                                201)
                        .path("result")
                        .path("rootId")
                        .asText();
        post(
                CORP,
                "suzhou.clerk",
                "/api/v1/receivables/certificates/" + rootId + "/acceptance",
                null,
                200);
        JsonNode toB =
                post(
                                CORP,
                                "suzhou.clerk",
                                "/api/v1/receivables/pieces/" + rootId + "/transfers",
                                Map.of("recipientCode", HANGZHOU, "amount", money(20_000_000L)),
                                200)
                        .path("result");
        JsonNode toD =
                post(
                                CORP,
                                "hangzhou.clerk",
                                "/api/v1/receivables/pieces/"
                                        + toB.path("transferred").path("pieceId").asText()
                                        + "/transfers",
                                Map.of("recipientCode", WENZHOU, "amount", money(5_000_000L)),
                                200)
                        .path("result");
        JsonNode trace =
                get(
                        CORP,
                        "wenzhou.clerk",
                        "/api/v1/receivables/pieces/"
                                + toD.path("transferred").path("pieceId").asText()
                                + "/trace",
                        200);
        assertThat(trace.path("hops").findValuesAsText("holderCode"))
                .containsExactly(SUZHOU, HANGZHOU, WENZHOU);

        String requestId =
                post(
                                CORP,
                                "hangzhou.clerk",
                                "/api/v1/receivables/pieces/"
                                        + toD.path("remainder").path("pieceId").asText()
                                        + "/financing",
                                Map.of("amount", money(15_000_000L)),
                                201)
                        .path("result")
                        .path("requestId")
                        .asText();
        post(
                BANK1,
                "bank1.officer",
                "/api/v1/receivables/financings/" + requestId + "/approval",
                Map.of(
                        "terms",
                        Map.of(
                                "ratePerAnnumBp",
                                385,
                                "fee",
                                money(10_000L),
                                "disbursed",
                                money(14_800_000L)),
                        "document",
                        typed),
                200);
        // scenario 12: Bank1's private terms: the holder and the regulator read them, Bank2 does
        // not
        assertThat(
                        get(
                                        CORP,
                                        "hangzhou.clerk",
                                        "/api/v1/receivables/financings/" + requestId + "/terms",
                                        200)
                                .path("ratePerAnnumBp")
                                .asInt())
                .isEqualTo(385);
        get(
                REGULATOR,
                "regulator.auditor",
                "/api/v1/receivables/financings/" + requestId + "/terms",
                200);
        get(BANK2, "bank2.officer", "/api/v1/receivables/financings/" + requestId + "/terms", 403);
        post(
                REGULATOR,
                "regulator.admin",
                "/api/v1/receivables/pieces/" + rootId + "/financing",
                Map.of("amount", money(1)),
                403);
    }

    /**
     * A peer outage: while Bank1's peer is down its gateway answers 503 and reports itself not
     * ready; a party registered meanwhile through another organisation reaches Bank1's open event
     * stream once the peer is back (the stream reopens itself where it stopped), exactly once.
     */
    @Test
    void aPeerOutageIsA503AndTheEventStreamResumesWhenThePeerIsBack() throws Exception {
        SseReader stream = SseReader.open(BANK1 + "/api/v1/events", auth("bank1.officer"));
        String code;
        try {
            FabricTestNetwork.run("peer-down", "bank1");
            try {
                JsonNode down = get(BANK1, "bank1.officer", "/api/v1/parties?pageSize=1", 503);
                assertThat(down.path("code").asText()).isEqualTo("LEDGER_UNAVAILABLE");
                assertThat(
                                HTTP.send(
                                                HttpRequest.newBuilder(
                                                                URI.create(
                                                                        BANK1 + "/q/health/ready"))
                                                        .build(),
                                                HttpResponse.BodyHandlers.ofString())
                                        .statusCode())
                        .isEqualTo(503);
                String first17 =
                        String.format("91330100M%08d", System.currentTimeMillis() % 100_000_000L);
                code = first17 + io.tradechain.chaincode.common.CreditCode.checkCharacter(first17);
                post(
                        CORP,
                        "corp.admin",
                        "/api/v1/parties",
                        Map.of(
                                "creditCode",
                                code,
                                "name",
                                "Outage Supplier " + code,
                                "kind",
                                "SUPPLIER"),
                        201);
            } finally {
                FabricTestNetwork.run("peer-up");
            }
            String registered = code;
            assertThat(stream.awaitData(d -> d.contains(registered), Duration.ofSeconds(60)))
                    .as("the event committed while Bank1's peer was down reaches Bank1's stream")
                    .isTrue();
            get(BANK1, "bank1.officer", "/api/v1/parties/" + code, 200);
            Thread.sleep(2_000); // a repeat would come right after the first delivery
            assertThat(stream.data().stream().filter(d -> d.contains(registered))).hasSize(1);
        } finally {
            stream.close();
        }
    }

    /**
     * Block hashes on Fabric as on the embedded ledger: each block's hash (BlockHeaderHash over the
     * header Fabric signs) is the previousHash Fabric itself wrote into the next block, for the
     * first blocks and the newest ones, and every gateway's head is the hash of its newest block,
     * the same at every organisation once the peers agree.
     */
    @Test
    void blockHashesChainAsFabricWroteThemAndEveryGatewayAgreesOnTheHead() throws Exception {
        JsonNode ledger = get(REGULATOR, "regulator.auditor", "/api/v1/ledger", 200);
        long height = ledger.path("height").asLong();
        assertThat(height).isGreaterThan(10);
        java.util.List<Long> numbers = new java.util.ArrayList<>();
        for (long n = 0; n < 4; n++) {
            numbers.add(n);
        }
        for (long n = height - 4; n < height; n++) {
            numbers.add(n);
        }
        for (long n : numbers) {
            JsonNode block = get(REGULATOR, "regulator.auditor", "/api/v1/ledger/blocks/" + n, 200);
            assertThat(block.path("hash").asText()).matches("[0-9a-f]{64}");
            if (n + 1 < height) {
                assertThat(
                                get(
                                                REGULATOR,
                                                "regulator.auditor",
                                                "/api/v1/ledger/blocks/" + (n + 1),
                                                200)
                                        .path("previousHash")
                                        .asText())
                        .as("previousHash of block " + (n + 1))
                        .isEqualTo(block.path("hash").asText());
            }
        }
        // the head, at every gateway, is the newest block's hash once its peer has that block
        for (String[] gateway :
                new String[][] {
                    {BANK1, "bank1.officer"},
                    {BANK2, "bank2.officer"},
                    {CORP, "coreco.treasurer"},
                    {AUTHORITY, "tax.officer"},
                    {REGULATOR, "regulator.auditor"}
                }) {
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            JsonNode view;
            do {
                view = get(gateway[0], gateway[1], "/api/v1/ledger", 200);
                if (view.path("height").asLong() == height) {
                    break;
                }
                Thread.sleep(250);
            } while (System.nanoTime() < until && view.path("height").asLong() < height);
            if (view.path("height").asLong() == height) {
                assertThat(view.path("head").asText())
                        .as(gateway[0])
                        .isEqualTo(ledger.path("head").asText());
            }
            JsonNode newest =
                    get(
                            gateway[0],
                            gateway[1],
                            "/api/v1/ledger/blocks/" + (view.path("height").asLong() - 1),
                            200);
            assertThat(newest.path("hash").asText())
                    .as(gateway[0])
                    .isEqualTo(view.path("head").asText());
        }
    }

    /**
     * A gateway pointed at a chaincode the channel does not run refuses to start, naming it
     * (GetMetadata check).
     */
    @Test
    void aGatewayNamingAnUndeployedChaincodeRefusesToStartAndSaysWhich() throws Exception {
        Path run = ROOT.resolve("network/run");
        Path tlsCa =
                run.resolve(
                        "crypto/peerOrganizations/bank1.tradechain.example/tlsca/"
                                + "tlsca.bank1.tradechain.example-cert.pem");
        Path log = Files.createTempFile("gateway-wrong-chaincode", ".log");
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process gateway =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Dtradechain.ledger=fabric",
                                "-Dtradechain.organisation=Bank1MSP",
                                "-Dquarkus.http.port=" + port,
                                "-Dtradechain.users-file=" + ROOT.resolve("fixtures/users.json"),
                                "-Dtradechain.parties-file="
                                        + ROOT.resolve("fixtures/parties.json"),
                                "-Dtradechain.parties-chaincode=nosuchregistry",
                                "-Dtradechain.fabric.peer-endpoint=127.0.0.1:7051",
                                "-Dtradechain.fabric.peer-host-alias=peer0.bank1.tradechain.example",
                                "-Dtradechain.fabric.tls-cert=" + tlsCa,
                                "-Dtradechain.fabric.identities-dir="
                                        + run.resolve("identities/Bank1MSP"),
                                "-jar",
                                GatewayProcess.jar().toString())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        try {
            assertThat(gateway.waitFor(90, java.util.concurrent.TimeUnit.SECONDS))
                    .as("the gateway stops by itself")
                    .isTrue();
            assertThat(gateway.exitValue()).isNotZero();
            assertThat(Files.readString(log))
                    .contains("refusing to start")
                    .contains("does not run nosuchregistry")
                    .doesNotContain("does not run blacklist");
        } finally {
            gateway.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    /** Reads the data lines of a Server-Sent Events stream in the background. */
    private static final class SseReader implements AutoCloseable {
        private final List<String> data = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final java.io.InputStream body;

        private SseReader(java.io.InputStream body) {
            this.body = body;
            Thread reader =
                    new Thread(
                            () -> {
                                try (var lines =
                                        new java.io.BufferedReader(
                                                new java.io.InputStreamReader(
                                                        body, StandardCharsets.UTF_8))) {
                                    String line;
                                    while ((line = lines.readLine()) != null) {
                                        if (line.startsWith("data:")) {
                                            data.add(line.substring(5).trim());
                                        }
                                    }
                                } catch (java.io.IOException e) {
                                    // closed by the test
                                }
                            },
                            "sse-reader");
            reader.setDaemon(true);
            reader.start();
        }

        static SseReader open(String url, String authorization) throws Exception {
            HttpResponse<java.io.InputStream> response =
                    HTTP.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Authorization", authorization)
                                    .header("Accept", "text/event-stream")
                                    .build(),
                            HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            return new SseReader(response.body());
        }

        List<String> data() {
            return List.copyOf(data);
        }

        boolean awaitData(java.util.function.Predicate<String> match, Duration limit)
                throws InterruptedException {
            long until = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < until) {
                if (data.stream().anyMatch(match)) {
                    return true;
                }
                Thread.sleep(100);
            }
            return false;
        }

        @Override
        public void close() throws java.io.IOException {
            body.close();
        }
    }

    private static Map<String, Object> money(long minorUnits) {
        return Map.of("currency", "CNY", "minorUnits", minorUnits);
    }

    /** A write through {@link FabricCalls} (which carries the run's last block as After-Block). */
    private static JsonNode post(String base, String user, String path, Object body, int expected)
            throws Exception {
        return FabricCalls.expect(FabricCalls.call(base, user, "POST", path, body), expected);
    }

    /**
     * A read through {@link FabricCalls}, retried for up to 10 s while it answers something else
     * than expected: After-Block covers the blocks of this run's writes, but a private value may
     * reach a member's peer a little after its block (Fabric's pull at commit, then
     * reconciliation).
     */
    private static JsonNode get(String base, String user, String path, int expected)
            throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            HttpResponse<String> response = FabricCalls.call(base, user, "GET", path, null);
            if (response.statusCode() == expected || System.nanoTime() > until) {
                return FabricCalls.expect(response, expected);
            }
            Thread.sleep(250);
        }
    }

    private static String auth(String user) {
        return FabricTestNetwork.auth(user);
    }
}
