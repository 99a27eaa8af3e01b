package io.tradechain.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradechain.gateway.support.ApiScenarios;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * REST calls the real-network ITs make to the gateways of a running network, as a demo user, and
 * the receivables steps several of them take before their own scenario (issue, accept, ask for
 * financing).
 */
final class FabricCalls {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The highest block an answer of this run named; -1 before the first write. */
    private static final AtomicLong LAST_BLOCK = new AtomicLong(-1);

    private FabricCalls() {}

    /**
     * One request to the gateway at {@code base} as a demo user; a null body sends none. Like a
     * client that carries its writes' blocks from one organisation to the next, it sends {@code
     * After-Block} with the highest block any earlier answer of the run named, so that a gateway
     * handles it only once its own peer has every write the run made before.
     */
    static HttpResponse<String> call(
            String base, String user, String method, String path, Object body) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", FabricTestNetwork.auth(user))
                        .header("Content-Type", "application/json");
        afterLastBlock(request);
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> response =
                HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        rememberBlock(response);
        return response;
    }

    /** Adds {@code After-Block} with the highest block an answer of the run named, if any. */
    static void afterLastBlock(HttpRequest.Builder request) {
        long after = LAST_BLOCK.get();
        if (after >= 0) {
            request.header("After-Block", Long.toString(after));
        }
    }

    /** Keeps the block a successful write answered with, if it is the highest yet. */
    static void rememberBlock(HttpResponse<String> response) throws Exception {
        if (response.statusCode() / 100 == 2 && response.body().startsWith("{")) {
            JsonNode block = JSON.readTree(response.body()).path("blockNumber");
            if (block.isIntegralNumber()) {
                LAST_BLOCK.accumulateAndGet(block.asLong(), Math::max);
            }
        }
    }

    /** The answer's JSON, after asserting its status (the request and body in the message). */
    static JsonNode expect(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode())
                .as(
                        response.request().method()
                                + " "
                                + response.request().uri()
                                + ": "
                                + response.body())
                .isEqualTo(status);
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    /** The invoice as a typed document (what a certificate and a financing approval carry). */
    static Map<String, Object> typedInvoice(Map<String, Object> invoice) {
        Map<String, Object> typed = new LinkedHashMap<>(invoice);
        typed.put("type", "INVOICE");
        return typed;
    }

    /**
     * Through the Corp gateway: the core enterprise issues a certificate to Suzhou on {@code
     * lineId} against the registered invoice, Suzhou accepts it; the certificate's root id.
     */
    static String issuedAndAccepted(
            String corp,
            String lineId,
            long minorUnits,
            int maturityDays,
            String contractRef,
            String invoiceId,
            Map<String, Object> invoice)
            throws Exception {
        Map<String, Object> certificate = new LinkedHashMap<>();
        certificate.put("lineId", lineId);
        certificate.put("supplierCode", ApiScenarios.SUZHOU);
        certificate.put("amount", ApiScenarios.money("CNY", minorUnits));
        certificate.put(
                "maturityDate", LocalDate.now(ZoneOffset.UTC).plusDays(maturityDays).toString());
        certificate.put("contractRef", contractRef);
        certificate.put("invoiceDocumentId", invoiceId);
        certificate.put("invoice", typedInvoice(invoice));
        String rootId =
                expect(
                                call(
                                        corp,
                                        "coreco.treasurer",
                                        "POST",
                                        "/api/v1/receivables/certificates",
                                        certificate),
                                201)
                        .path("result")
                        .path("rootId")
                        .asText();
        expect(
                call(
                        corp,
                        "suzhou.clerk",
                        "POST",
                        "/api/v1/receivables/certificates/" + rootId + "/acceptance",
                        null),
                200);
        return rootId;
    }

    /** Suzhou asks the line's bank to finance part of a piece it holds; the request id. */
    static String financingRequested(String corp, String pieceId, long minorUnits)
            throws Exception {
        return expect(
                        call(
                                corp,
                                "suzhou.clerk",
                                "POST",
                                "/api/v1/receivables/pieces/" + pieceId + "/financing",
                                Map.of("amount", ApiScenarios.money("CNY", minorUnits))),
                        201)
                .path("result")
                .path("requestId")
                .asText();
    }

    /** The tax bureau registers the invoice through the authority's gateway; its document id. */
    static String invoiceRegistered(String authority, Map<String, Object> invoice)
            throws Exception {
        return expect(
                        call(
                                authority,
                                "tax.officer",
                                "POST",
                                "/api/v1/verification/invoices",
                                invoice),
                        201)
                .path("result")
                .path("documentId")
                .asText();
    }

    /**
     * A bank grants the core enterprise (Huadong) a CNY line for a year; 409 means an earlier run
     * on the same network granted it already.
     */
    static void lineGranted(String bank, String officer, long limitMinorUnits) throws Exception {
        HttpResponse<String> line =
                call(
                        bank,
                        officer,
                        "POST",
                        "/api/v1/receivables/lines",
                        Map.of(
                                "debtorCode",
                                ApiScenarios.HUADONG,
                                "limit",
                                ApiScenarios.money("CNY", limitMinorUnits),
                                "expiresOn",
                                LocalDate.now(ZoneOffset.UTC).plusYears(1).toString()));
        assertThat(line.statusCode()).as(line.body()).isIn(201, 409);
    }
}
