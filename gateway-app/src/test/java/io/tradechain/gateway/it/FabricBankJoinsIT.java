package io.tradechain.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scenario 18 on a real network: a third bank joins the running network ({@code scripts/network.sh
 * add-org Bank3}: channel update, peer join, chaincode definitions upgraded, gateway started) and
 * finances a certificate, while certificate transfers keep committing through the enterprises'
 * gateway with no failure. When Bank3 has joined already (an earlier run on this network), only the
 * financing runs under the load. Real network only ({@link FabricTestNetwork}: skipped, saying so,
 * without Docker or the Fabric binaries); taken down afterwards only if this class brought it up.
 * {@code -Dit.join.clients} sets the concurrent transfer clients (default 4).
 */
class FabricBankJoinsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String BANK1 = "http://127.0.0.1:8081";
    private static final String CORP = "http://127.0.0.1:8083";
    private static final String AUTHORITY = "http://127.0.0.1:8084";
    private static final String REGULATOR = "http://127.0.0.1:8085";

    /** Bank3's gateway: the next port of the script's scheme after the five organisations'. */
    private static final String BANK3 = "http://127.0.0.1:8086";

    /** Bank3's party, in fixtures/join/bank3/parties.json. */
    private static final String QIANTANG = "91330100MA2B7K3Q5X";

    private static final String HUADONG = "91310115MA1K4HQ27W";
    private static final String SUZHOU = "91320505MA1W3KT8XR";
    private static final String HANGZHOU = "91330106MA2CF1L6NM";
    private static final int CLIENTS = Integer.getInteger("it.join.clients", 4);

    /** How long the regulator's peer may take to hold the terms it was sent or must pull. */
    private static final Duration CATCH_UP = Duration.ofSeconds(120);

    private static final long RUN = System.currentTimeMillis();
    private static final AtomicInteger SEQ = new AtomicInteger();

    @RegisterExtension
    static final FabricNetworkLifecycle NETWORK = new FabricNetworkLifecycle(CORP);

    @Test
    void aThirdBankJoinsAndFinancesACertificateWhileTransfersKeepCommitting() throws Exception {
        List<String> pieces = hangzhouPieces(CLIENTS);
        Load load = new Load(pieces);
        load.start();
        long joinMillis = -1;
        int duringJoin = 0;
        String join = "Bank3 had joined before this run";
        String requestId;
        try {
            load.awaitCommitted(CLIENTS);
            if (!joined()) {
                int before = load.committed.get();
                long started = System.nanoTime();
                join = "scripts/network.sh add-org Bank3 failed";
                FabricTestNetwork.run("add-org", "Bank3");
                joinMillis = (System.nanoTime() - started) / 1_000_000;
                duringJoin = load.committed.get() - before;
                join = "Bank3 joined in " + joinMillis / 1000.0 + " s";
            }
            awaitReady(BANK3);
            requestId = financeAtBank3();
        } finally {
            load.stop();
            System.out.printf(
                    "scenario 18: %s; %d transfer clients through the CorpMSP gateway committed %d transfers "
                            + "in %.1f s (%d while Bank3 joined), %d failed%s%n",
                    join,
                    CLIENTS,
                    load.committed.get(),
                    load.seconds(),
                    duringJoin,
                    load.failed.get(),
                    load.failures.isEmpty() ? "" : ": " + load.failures);
        }
        assertThat(load.failures)
                .as("transfers that failed while Bank3 joined and financed")
                .isEmpty();
        assertThat(load.committed.get()).isGreaterThan(CLIENTS);
        if (joinMillis >= 0) {
            assertThat(duringJoin).as("transfers committed while Bank3 joined").isPositive();
        }

        // the terms are private to Bank3, the holder who asked and the regulator
        JsonNode terms =
                expect(
                        call(
                                BANK3,
                                "bank3.officer",
                                "GET",
                                "/api/v1/receivables/financings/" + requestId + "/terms",
                                null),
                        200);
        assertThat(terms.path("ratePerAnnumBp").asInt()).isEqualTo(388);
        assertThat(
                        call(
                                        BANK1,
                                        "bank1.officer",
                                        "GET",
                                        "/api/v1/receivables/financings/" + requestId + "/terms",
                                        null)
                                .statusCode())
                .as("Bank1 reads Bank3's terms")
                .isEqualTo(403);
        JsonNode seen =
                eventually(
                        REGULATOR,
                        "regulator.auditor",
                        "/api/v1/receivables/financings/" + requestId + "/terms");
        assertThat(seen.path("disbursed").path("minorUnits").asLong()).isEqualTo(14_800_000L);
    }

    /**
     * Bank3 grants CoreCo a line, CoreCo issues a certificate on it to Suzhou, Suzhou accepts it
     * and asks Bank3 to finance part of it, Bank3 approves: the financed part is Bank3's.
     */
    private static String financeAtBank3() throws Exception {
        FabricCalls.lineGranted(BANK3, "bank3.officer", 5_000_000_000L);
        Map<String, Object> invoice = invoice();
        String invoiceId = FabricCalls.invoiceRegistered(AUTHORITY, invoice);
        Map<String, Object> typed = FabricCalls.typedInvoice(invoice);
        String rootId =
                FabricCalls.issuedAndAccepted(
                        CORP,
                        "Bank3MSP:" + HUADONG,
                        20_000_000L,
                        120,
                        "PO-BANK3-" + RUN,
                        invoiceId,
                        invoice);
        String requestId = FabricCalls.financingRequested(CORP, rootId, 15_000_000L);
        JsonNode approved =
                expect(
                                call(
                                        BANK3,
                                        "bank3.officer",
                                        "POST",
                                        "/api/v1/receivables/financings/" + requestId + "/approval",
                                        Map.of(
                                                "terms",
                                                Map.of(
                                                        "ratePerAnnumBp",
                                                        388,
                                                        "fee",
                                                        money(15_000L),
                                                        "disbursed",
                                                        money(14_800_000L)),
                                                "document",
                                                typed)),
                                200)
                        .path("result");
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("funderMsp").asText()).isEqualTo("Bank3MSP");
        JsonNode trace =
                expect(
                        call(
                                BANK3,
                                "bank3.officer",
                                "GET",
                                "/api/v1/receivables/pieces/"
                                        + approved.path("bankPieceId").asText()
                                        + "/trace",
                                null),
                        200);
        assertThat(trace.toString()).contains(QIANTANG);
        return requestId;
    }

    /** Whether Bank3 joined this network before (scripts/network.sh records it in network/run). */
    private static boolean joined() throws IOException {
        Path joined = FabricTestNetwork.ROOT.resolve("network/run/orgs.extra");
        return Files.exists(joined) && Files.readString(joined).contains("Bank3MSP");
    }

    /** Until the gateway answers ready (a loaded machine starts a gateway slowly). */
    private static void awaitReady(String base) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (!FabricTestNetwork.ready(base)) {
            assertThat(System.nanoTime()).as(base + " ready within 180 s").isLessThan(until);
            Thread.sleep(1_000);
        }
    }

    /** Transfers of 1 fen from Hangzhou to Suzhou, each client on its own chain of pieces. */
    private static final class Load {
        private final List<String> pieces;
        private final List<Thread> threads = new ArrayList<>();
        private final AtomicInteger committed = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private volatile boolean stopping;
        private long started;
        private long stopped;

        Load(List<String> pieces) {
            this.pieces = new ArrayList<>(pieces);
        }

        void start() {
            started = System.nanoTime();
            for (int c = 0; c < pieces.size(); c++) {
                int client = c;
                Thread thread = new Thread(() -> transfers(client), "transfers-" + c);
                threads.add(thread);
                thread.start();
            }
        }

        private void transfers(int client) {
            String auth = FabricTestNetwork.auth("hangzhou.clerk");
            String json =
                    "{\"recipientCode\":\""
                            + SUZHOU
                            + "\",\"amount\":{\"currency\":\"CNY\",\"minorUnits\":1}}";
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            KeepAliveHttp http = null;
            while (!stopping) {
                String path = "/api/v1/receivables/pieces/" + pieces.get(client) + "/transfers";
                try {
                    if (http == null) {
                        http = new KeepAliveHttp("127.0.0.1", 8083);
                    }
                    body.reset();
                    int status = http.post(path, auth, json, body);
                    String text = body.toString(StandardCharsets.UTF_8);
                    if (status >= 300) {
                        failed(path + " answered " + status + ": " + text);
                        continue;
                    }
                    pieces.set(
                            client,
                            JSON.readTree(text)
                                    .path("result")
                                    .path("remainder")
                                    .path("pieceId")
                                    .asText());
                    committed.incrementAndGet();
                } catch (IOException e) {
                    failed(path + ": " + e);
                    close(http);
                    http = null;
                }
            }
            close(http);
        }

        private void failed(String what) {
            failed.incrementAndGet();
            if (failures.size() < 20) {
                failures.add(what);
            }
        }

        private static void close(KeepAliveHttp http) {
            try {
                if (http != null) {
                    http.close();
                }
            } catch (IOException e) {
                // closing anyway
            }
        }

        /** Until the load has committed this many transfers (it runs, before anything else). */
        void awaitCommitted(int count) throws InterruptedException {
            long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (committed.get() < count && failures.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(100);
            }
        }

        void stop() throws InterruptedException {
            stopping = true;
            for (Thread thread : threads) {
                thread.join(120_000);
            }
            stopped = System.nanoTime();
        }

        double seconds() {
            return (stopped - started) / 1e9;
        }
    }

    /**
     * An invoice, a Bank1 line, a certificate to Suzhou, accepted, and one piece of it for Hangzhou
     * per client.
     */
    private static List<String> hangzhouPieces(int clients) throws Exception {
        Map<String, Object> invoice = invoice();
        String invoiceId = FabricCalls.invoiceRegistered(AUTHORITY, invoice);
        FabricCalls.lineGranted(BANK1, "bank1.officer", 10_000_000_000L);
        String rest =
                FabricCalls.issuedAndAccepted(
                        CORP,
                        "Bank1MSP:" + HUADONG,
                        50_000_000L,
                        180,
                        "PO-JOIN-LOAD-" + RUN,
                        invoiceId,
                        invoice);
        List<String> own = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            JsonNode split =
                    expect(
                                    call(
                                            CORP,
                                            "suzhou.clerk",
                                            "POST",
                                            "/api/v1/receivables/pieces/" + rest + "/transfers",
                                            Map.of(
                                                    "recipientCode",
                                                    HANGZHOU,
                                                    "amount",
                                                    money(1_000_000L))),
                                    200)
                            .path("result");
            own.add(split.path("transferred").path("pieceId").asText());
            rest = split.path("remainder").path("pieceId").asText();
        }
        return own;
    }

    private static Map<String, Object> invoice() {
        String number =
                String.format("%013d%07d", RUN % 10_000_000_000_000L, SEQ.incrementAndGet());
        Map<String, Object> invoice = new LinkedHashMap<>();
        invoice.put("invoiceCode", "3205194137");
        invoice.put("invoiceNumber", number);
        invoice.put("checkCode", "6642" + number.substring(4));
        invoice.put("sellerCode", SUZHOU);
        invoice.put("buyerCode", HUADONG);
        invoice.put("amount", money(50_000_000L));
        invoice.put("tax", money(6_500_000L));
        invoice.put("issueDate", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
        return invoice;
    }

    private static Map<String, Object> money(long minorUnits) {
        return Map.of("currency", "CNY", "minorUnits", minorUnits);
    }

    /** A read, repeated until it answers 200 or {@link #CATCH_UP} has passed. */
    private static JsonNode eventually(String base, String user, String path) throws Exception {
        long until = System.nanoTime() + CATCH_UP.toNanos();
        HttpResponse<String> response;
        do {
            response = call(base, user, "GET", path, null);
            if (response.statusCode() == 200) {
                return JSON.readTree(response.body());
            }
            Thread.sleep(1_000);
        } while (System.nanoTime() < until);
        return expect(response, 200);
    }

    private static HttpResponse<String> call(
            String base, String user, String method, String path, Object body) throws Exception {
        return FabricCalls.call(base, user, method, path, body);
    }

    private static JsonNode expect(HttpResponse<String> response, int status) throws Exception {
        return FabricCalls.expect(response, status);
    }
}
