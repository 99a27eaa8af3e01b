package io.tradechain.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradechain.chaincode.common.Hashes;
import io.tradechain.gateway.support.ApiScenarios;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The regulator's peer is down while the others do private business: nobody is stopped (every
 * collection asks for at most one other member's peer, and one is always left), and once the peer
 * is back it holds every supervised private value written meanwhile, fetched from the other
 * members' peers (Fabric's private data pull at commit and reconciliation). Real network only
 * ({@link FabricTestNetwork}: skipped, saying so, without Docker or the Fabric binaries); taken
 * down afterwards only if this class brought it up.
 */
class FabricRegulatorOutageIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String BANK1 = "http://127.0.0.1:8081";
    private static final String CORP = "http://127.0.0.1:8083";
    private static final String AUTHORITY = "http://127.0.0.1:8084";
    private static final String REGULATOR = "http://127.0.0.1:8085";
    private static final String HUADONG = "91310115MA1K4HQ27W";
    private static final String SUZHOU = "91320505MA1W3KT8XR";

    /** How long the regulator's peer may take, once back, to hold what it missed. */
    private static final Duration CATCH_UP = Duration.ofSeconds(120);

    private static final long RUN = System.currentTimeMillis();
    private static final AtomicInteger SEQ = new AtomicInteger();

    @RegisterExtension
    static final FabricNetworkLifecycle NETWORK = new FabricNetworkLifecycle(REGULATOR);

    /**
     * Bank1 approves a financing (its private terms: Bank1, Corp and the regulator) and the tax
     * bureau registers the invoice (its private copy: the bureau and the regulator) while the
     * regulator's peer is down; back, the regulator reads both.
     */
    @Test
    void privateWritesGoOnWhileTheRegulatorsPeerIsDownAndItReadsThemWhenBack() throws Exception {
        String requestId;
        String invoiceId;
        Map<String, Object> invoice = invoice();
        FabricTestNetwork.run("peer-down", "regulator");
        try {
            assertThat(
                            call(
                                            REGULATOR,
                                            "regulator.auditor",
                                            "GET",
                                            "/api/v1/parties?pageSize=1",
                                            null)
                                    .statusCode())
                    .as("the regulator's gateway without its peer")
                    .isEqualTo(503);
            invoiceId = FabricCalls.invoiceRegistered(AUTHORITY, invoice);
            FabricCalls.lineGranted(BANK1, "bank1.officer", 10_000_000_000L);
            Map<String, Object> typed = FabricCalls.typedInvoice(invoice);
            String rootId =
                    FabricCalls.issuedAndAccepted(
                            CORP,
                            "Bank1MSP:" + HUADONG,
                            30_000_000L,
                            90,
                            "PO-OUTAGE-" + RUN,
                            invoiceId,
                            invoice);
            requestId = FabricCalls.financingRequested(CORP, rootId, 20_000_000L);
            expect(
                    call(
                            BANK1,
                            "bank1.officer",
                            "POST",
                            "/api/v1/receivables/financings/" + requestId + "/approval",
                            Map.of(
                                    "terms",
                                    Map.of(
                                            "ratePerAnnumBp",
                                            417,
                                            "fee",
                                            money(20_000L),
                                            "disbursed",
                                            money(19_700_000L)),
                                    "document",
                                    typed)),
                    200);
        } finally {
            FabricTestNetwork.run("peer-up");
        }
        JsonNode terms =
                eventually(
                        REGULATOR,
                        "regulator.auditor",
                        "/api/v1/receivables/financings/" + requestId + "/terms");
        assertThat(terms.path("ratePerAnnumBp").asInt()).isEqualTo(417);
        assertThat(terms.path("disbursed").path("minorUnits").asLong()).isEqualTo(19_700_000L);
        JsonNode fields =
                eventually(
                        REGULATOR,
                        "regulator.auditor",
                        "/api/v1/verification/documents/" + invoiceId + "/fields");
        assertThat(fields.toString()).contains(invoice.get("checkCode").toString());
    }

    /**
     * A double financing refused at Bank1 while the regulator's peer is down is still an alert the
     * regulator reads once its peer is back: the alert's only member is the regulator, so it must
     * not be lost with the endorser's transient copy.
     */
    @Test
    void anAlertRaisedWhileTheRegulatorsPeerIsDownReachesTheRegulatorWhenItIsBack()
            throws Exception {
        String documentHash;
        String since = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        FabricTestNetwork.run("peer-down", "regulator");
        try {
            Map<String, Object> invoice = invoice();
            String id = FabricCalls.invoiceRegistered(AUTHORITY, invoice);
            documentHash = Hashes.sha256Hex(id);
            expect(
                    call(
                            BANK1,
                            "bank1.officer",
                            "POST",
                            "/api/v1/verification/locks",
                            lock("O1-" + RUN, 56_500_000, invoice)),
                    201);
            HttpResponse<String> refused =
                    call(
                            BANK1,
                            "bank1.officer",
                            "POST",
                            "/api/v1/verification/locks",
                            lock("O2-" + RUN, 1_000_000, invoice));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        } finally {
            FabricTestNetwork.run("peer-up");
        }
        String query =
                "/api/v1/supervision/alerts?code=DUPLICATE_FINANCING&organisation=Bank1MSP&pageSize=200&from="
                        + since;
        long until = System.nanoTime() + CATCH_UP.toNanos();
        while (true) {
            if (alertListed(query, documentHash)) {
                return;
            }
            assertThat(System.nanoTime())
                    .as("the alert of the refused lock in the regulator's list within " + CATCH_UP)
                    .isLessThan(until);
            Thread.sleep(1_000);
        }
    }

    private static boolean alertListed(String query, String documentHash) throws Exception {
        String bookmark = "";
        do {
            HttpResponse<String> response =
                    call(
                            REGULATOR,
                            "regulator.auditor",
                            "GET",
                            query + "&bookmark=" + bookmark,
                            null);
            if (response.statusCode() != 200) {
                return false; // the peer is still rejoining
            }
            JsonNode page = JSON.readTree(response.body());
            for (JsonNode alert : page.path("items")) {
                if (documentHash.equals(alert.path("documentHash").asText())) {
                    return true;
                }
            }
            bookmark = page.path("bookmark").asText("");
        } while (!bookmark.isEmpty());
        return false;
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

    private static Map<String, Object> invoice() {
        String number =
                String.format("%013d%07d", RUN % 10_000_000_000_000L, SEQ.incrementAndGet());
        return ApiScenarios.vatInvoice("3205194133", number, "5531" + number.substring(4), SUZHOU);
    }

    private static Map<String, Object> lock(
            String ref, long minorUnits, Map<String, Object> invoice) {
        return ApiScenarios.lock(ref, minorUnits, invoice);
    }

    private static Map<String, Object> money(long minorUnits) {
        return Map.of("currency", "CNY", "minorUnits", minorUnits);
    }

    private static HttpResponse<String> call(
            String base, String user, String method, String path, Object body) throws Exception {
        return FabricCalls.call(base, user, method, path, body);
    }

    private static JsonNode expect(HttpResponse<String> response, int status) throws Exception {
        return FabricCalls.expect(response, status);
    }
}
