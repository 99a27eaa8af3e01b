package io.tradechain.gateway.it;

import static io.tradechain.gateway.support.ApiScenarios.HUADONG;
import static io.tradechain.gateway.support.ApiScenarios.LCS;
import static io.tradechain.gateway.support.ApiScenarios.LINE;
import static io.tradechain.gateway.support.ApiScenarios.SUZHOU;
import static io.tradechain.gateway.support.ApiScenarios.exportDeclaration;
import static io.tradechain.gateway.support.ApiScenarios.issueRequest;
import static io.tradechain.gateway.support.ApiScenarios.lcApplication;
import static io.tradechain.gateway.support.ApiScenarios.lock;
import static io.tradechain.gateway.support.ApiScenarios.money;
import static io.tradechain.gateway.support.ApiScenarios.presentation;
import static io.tradechain.gateway.support.ApiScenarios.today;
import static io.tradechain.gateway.support.ApiScenarios.typed;
import static io.tradechain.gateway.support.ApiScenarios.vatInvoice;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradechain.chaincode.common.CreditCode;
import io.tradechain.gateway.support.ApiScenarios;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Acceptance scenarios 5, 6, 8, 9, 10, 11 and 17 of docs/domain.md section 8 through the five
 * gateways on a real Fabric network, ported from the embedded-ledger tests ({@code
 * ReceivablesApiTest}, {@code VerificationApiTest}, {@code LcApiTest}, {@code BlacklistApiTest}).
 * Like {@link FabricNetworkIT} it is skipped, saying so, without a Docker engine or the Fabric
 * binaries, brings the network up when the Regulator gateway is not ready and takes it down
 * afterwards only if it brought it up. {@code -Dfabric.it.gateway-port=N} points it at gateways on
 * ports N to N+4 (Bank1, Bank2, Corp, Authority, Regulator) instead of 8081-8085.
 *
 * <p>The network keeps its state between runs and its clock is real time: every run uses fresh
 * invoice and declaration numbers, contract references and credit codes derived from the time the
 * class is loaded, dates are relative to today (UTC), and nothing waits for a maturity or an
 * expiry.
 */
class FabricScenariosIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The Bank1 gateway's port, the others following it; by default the network's 8081-8085. */
    private static final int PORT = Integer.getInteger("fabric.it.gateway-port", 8081);

    private static final String BANK1 = "http://127.0.0.1:" + PORT;
    private static final String BANK2 = "http://127.0.0.1:" + (PORT + 1);
    private static final String CORP = "http://127.0.0.1:" + (PORT + 2);
    private static final String AUTHORITY = "http://127.0.0.1:" + (PORT + 3);
    private static final String REGULATOR = "http://127.0.0.1:" + (PORT + 4);
    private static final String HANGZHOU = "91330106MA2CF1L6NM";
    private static final String NINGBO = "91330206MA2H7PB41J";
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /**
     * This run's stamp: every id the run creates is derived from it, so no run meets an earlier
     * run's ids.
     */
    private static final long RUN = System.currentTimeMillis();

    private static final AtomicInteger SEQ = new AtomicInteger();

    @RegisterExtension
    static final FabricNetworkLifecycle NETWORK =
            new FabricNetworkLifecycle(REGULATOR, PORT == 8081);

    // ---- scenario 5
    // -------------------------------------------------------------------------------------------

    @Test
    void scenario5TwoConcurrentTransfersOfOnePieceExactlyOneSucceedsTheOtherIsAConflict()
            throws Exception {
        Map<String, Object> invoice = invoice(SUZHOU);
        String rootId = issuedAndAccepted(1_000_000, 60, registered(invoice), invoice);

        // each transfer spends the piece (CNY 7,000.00 to the recipient, the rest back to Suzhou as
        // a new piece); on
        // Fabric both are endorsed on the same state, the loser is invalidated at commit
        // (MVCC_READ_CONFLICT),
        // endorsed again by the gateway and refused by the chaincode (409 PIECE_NOT_LIVE)
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            List<Callable<HttpResponse<String>>> both = new ArrayList<>();
            for (String recipient : new String[] {HANGZHOU, NINGBO}) {
                both.add(
                        () -> {
                            start.await(10, TimeUnit.SECONDS);
                            return exchange(
                                    CORP,
                                    "suzhou.clerk",
                                    "POST",
                                    "/api/v1/receivables/pieces/" + rootId + "/transfers",
                                    "application/json",
                                    JSON.writeValueAsString(
                                            Map.of(
                                                    "recipientCode",
                                                    recipient,
                                                    "amount",
                                                    money("CNY", 700_000))));
                        });
            }
            for (Future<HttpResponse<String>> f : pool.invokeAll(both, 90, TimeUnit.SECONDS)) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
        String described =
                answers.stream().map(r -> r.statusCode() + " " + r.body()).toList().toString();
        assertThat(statuses).as(described).containsOnlyOnce(200);
        assertThat(statuses).as(described).filteredOn(s -> s != 200).containsExactly(409);

        // the piece was spent once: Suzhou keeps exactly one remainder of CNY 3,000.00 of this
        // certificate
        List<Long> kept = new ArrayList<>();
        for (JsonNode item : holdings("suzhou.clerk", SUZHOU)) {
            if (item.path("rootId").asText().equals(rootId)) {
                kept.add(item.path("amount").path("minorUnits").asLong());
            }
        }
        assertThat(kept).containsExactly(300_000L);
    }

    // ---- scenario 6
    // -------------------------------------------------------------------------------------------

    @Test
    void scenario6ASecondFinancingOfTheSameInvoiceBeyondItsBalanceIsRefusedAlsoAtBank2()
            throws Exception {
        Map<String, Object> invoice = invoice(SUZHOU); // CNY 565,000.00 with tax
        String invoiceId = registered(invoice);
        String first = issuedAndAccepted(40_000_000, 90, invoiceId, invoice);
        String second = issuedAndAccepted(16_000_000, 90, invoiceId, invoice);
        Map<String, Object> approval =
                ApiScenarios.approval(ApiScenarios.financingTerms(380, 0, 15_000_000), invoice);

        String firstRequest =
                post(
                                CORP,
                                "suzhou.clerk",
                                "/api/v1/receivables/pieces/" + first + "/financing",
                                Map.of("amount", money("CNY", 40_000_000)),
                                201)
                        .path("result")
                        .path("requestId")
                        .asText();
        post(
                BANK1,
                "bank1.officer",
                "/api/v1/receivables/financings/" + firstRequest + "/approval",
                ApiScenarios.approval(ApiScenarios.financingTerms(380, 0, 39_000_000), invoice),
                200);
        // 165,000.00 left: Bank2 may not lock a cent more, and locks 100,000.00
        assertThat(
                        post(
                                        BANK2,
                                        "bank2.officer",
                                        "/api/v1/verification/locks",
                                        lock(
                                                "B2-S6-" + firstRequest.substring(0, 8),
                                                16_500_001,
                                                invoice),
                                        422)
                                .path("code")
                                .asText())
                .isEqualTo("DUPLICATE_FINANCING");
        post(
                BANK2,
                "bank2.officer",
                "/api/v1/verification/locks",
                lock("B2-S6-" + firstRequest.substring(0, 8), 10_000_000, invoice),
                201);
        String secondRequest =
                post(
                                CORP,
                                "suzhou.clerk",
                                "/api/v1/receivables/pieces/" + second + "/financing",
                                Map.of("amount", money("CNY", 16_000_000)),
                                201)
                        .path("result")
                        .path("requestId")
                        .asText();
        assertThat(
                        post(
                                        BANK1,
                                        "bank1.officer",
                                        "/api/v1/receivables/financings/"
                                                + secondRequest
                                                + "/approval",
                                        approval,
                                        422)
                                .path("code")
                                .asText())
                .isEqualTo("DUPLICATE_FINANCING");
        assertThat(
                        get(
                                        CORP,
                                        "suzhou.clerk",
                                        "/api/v1/receivables/financings/" + secondRequest,
                                        200)
                                .path("status")
                                .asText())
                .isEqualTo("REQUESTED");
    }

    /**
     * One invoice, one financing across products on the real network: certificates on it never
     * exceed its face value, an L/C drawing may not use what they took, and a negotiation may not
     * finance what a lock financed already.
     */
    @Test
    void anInvoiceUsedByOneProductIsRefusedByAnotherBeyondItsValue() throws Exception {
        Map<String, Object> invoice = invoice(SUZHOU); // CNY 565,000.00 with tax
        String invoiceId = registered(invoice);
        issuedAndAccepted(45_000_000, 90, invoiceId, invoice);
        Map<String, Object> over = new LinkedHashMap<>();
        over.put("lineId", LINE);
        over.put("supplierCode", SUZHOU);
        over.put("amount", money("CNY", 45_000_000));
        over.put("maturityDate", LocalDate.now(ZoneOffset.UTC).plusDays(90).toString());
        over.put("contractRef", fresh("PO-IT-%d-%d"));
        over.put("invoiceDocumentId", invoiceId);
        over.put("invoice", invoice);
        assertThat(
                        post(
                                        CORP,
                                        "coreco.treasurer",
                                        "/api/v1/receivables/certificates",
                                        over,
                                        422)
                                .path("code")
                                .asText())
                .isEqualTo("DOCUMENT_ALREADY_BACKING");
        String lcId = advisedLc(60);
        Map<String, Object> drawing = presentation(11_500_001, invoice);
        assertThat(
                        post(CORP, "suzhou.clerk", LCS + lcId + "/presentations", drawing, 422)
                                .path("code")
                                .asText())
                .isEqualTo("DOCUMENT_ALREADY_BACKING");

        // an invoice financed in full by Bank1 may back a drawing, but Bank2 may not finance the
        // drawing
        Map<String, Object> financed = invoice(SUZHOU);
        registered(financed);
        post(
                BANK1,
                "bank1.officer",
                "/api/v1/verification/locks",
                lock(fresh("B1-X-%d-%d"), 56_500_000, financed),
                201);
        int n =
                post(
                                CORP,
                                "suzhou.clerk",
                                LCS + lcId + "/presentations",
                                presentation(40_000_000, financed),
                                201)
                        .path("result")
                        .path("number")
                        .asInt();
        examine(lcId, n, List.of(), "COMPLIANT");
        accept(lcId, n);
        JsonNode refusal =
                post(
                        BANK2,
                        "bank2.officer",
                        LCS + lcId + "/presentations/" + n + "/negotiation",
                        Map.of("price", money("CNY", 39_000_000)),
                        422);
        assertThat(refusal.path("code").asText()).isEqualTo("DUPLICATE_FINANCING");
        assertThat(refusal.toString()).doesNotContain("Bank1MSP", "B1-X-");
    }

    @Test
    void scenario6ASecondLockOfTheSameInvoiceBeyondItsBalanceIsRefusedAlsoAtBank2()
            throws Exception {
        Map<String, Object> invoice = invoice(SUZHOU);
        String id = registered(invoice);
        String ref = id.substring(0, 8);

        JsonNode locked =
                post(
                        BANK1,
                        "bank1.officer",
                        "/api/v1/verification/locks",
                        lock("B1-" + ref, 40_000_000, invoice),
                        201);
        assertThat(locked.path("result").path("lock").path("status").asText()).isEqualTo("LOCKED");
        assertThat(
                        locked.path("result")
                                .path("document")
                                .path("balance")
                                .path("minorUnits")
                                .asLong())
                .isEqualTo(16_500_000L);
        assertThat(locked.path("blockNumber").isNumber()).as(locked.toString()).isTrue();
        JsonNode again =
                post(
                        BANK1,
                        "bank1.officer",
                        "/api/v1/verification/locks",
                        lock("B1-2-" + ref, 16_500_001, invoice),
                        422);
        assertThat(again.path("code").asText()).isEqualTo("DUPLICATE_FINANCING");
        // the details travel at the end of the chaincode's message, the only part of an error a
        // real peer returns;
        // they name what was asked, never what others financed
        assertThat(again.path("details").path("requested").asText()).isEqualTo("16500001");
        assertThat(again.path("details").has("balance")).isFalse();
        assertThat(again.path("detail").asText())
                .contains("CNY 165000.01")
                .doesNotContain("details=");
        assertThat(
                        post(
                                        BANK2,
                                        "bank2.officer",
                                        "/api/v1/verification/locks",
                                        lock("B2-" + ref, 16_500_001, invoice),
                                        422)
                                .path("code")
                                .asText())
                .isEqualTo("DUPLICATE_FINANCING");
        assertThat(
                        post(
                                        BANK2,
                                        "bank2.officer",
                                        "/api/v1/verification/locks",
                                        lock("B2-" + ref, 56_500_001, invoice),
                                        422)
                                .path("code")
                                .asText())
                .isEqualTo("OVER_FINANCING");
        assertThat(
                        post(
                                        BANK2,
                                        "bank2.officer",
                                        "/api/v1/verification/locks",
                                        lock("B2-" + ref, 16_500_000, invoice),
                                        201)
                                .path("result")
                                .path("document")
                                .path("balance")
                                .path("minorUnits")
                                .asLong())
                .isZero();
        JsonNode document =
                get(AUTHORITY, "tax.officer", "/api/v1/verification/documents/" + id, 200);
        assertThat(document.path("document").path("financed").path("minorUnits").asLong())
                .isEqualTo(56_500_000L);
        assertThat(document.path("locks")).hasSize(2);
    }

    // ---- scenario 17
    // ------------------------------------------------------------------------------------------

    /**
     * A double financing refused at Bank2 becomes a supervision alert in Bank2's name that the
     * regulator lists (recorded by the Bank2 gateway in a second transaction, into the collection
     * only the regulator's peer holds); every other organisation is refused the alerts and the
     * exposure views.
     */
    @Test
    void scenario17ARefusedDoubleFinancingAtBank2IsAnAlertOnlyTheRegulatorReads() throws Exception {
        Map<String, Object> invoice = invoice(SUZHOU);
        String id = registered(invoice);
        String ref = id.substring(0, 8);
        String since = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
        post(
                BANK1,
                "bank1.officer",
                "/api/v1/verification/locks",
                lock("B1-S17-" + ref, 56_500_000, invoice),
                201);
        assertThat(
                        post(
                                        BANK2,
                                        "bank2.officer",
                                        "/api/v1/verification/locks",
                                        lock("B2-S17-" + ref, 1_000_000, invoice),
                                        422)
                                .path("code")
                                .asText())
                .isEqualTo("DUPLICATE_FINANCING");

        String documentHash = io.tradechain.chaincode.common.Hashes.sha256Hex(id);
        String query =
                "/api/v1/supervision/alerts?code=DUPLICATE_FINANCING&organisation=Bank2MSP&pageSize=200&from="
                        + since;
        JsonNode found = null;
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (found == null && System.nanoTime() < until) {
            String bookmark = "";
            do {
                JsonNode page =
                        get(REGULATOR, "regulator.auditor", query + "&bookmark=" + bookmark, 200);
                for (JsonNode alert : page.path("items")) {
                    if (documentHash.equals(alert.path("documentHash").asText())) {
                        found = alert;
                    }
                }
                bookmark = page.path("bookmark").asText("");
            } while (found == null && !bookmark.isEmpty());
            if (found == null) {
                Thread.sleep(250);
            }
        }
        assertThat(found).as("the alert of the refused lock in the regulator's list").isNotNull();
        assertThat(found.path("askingMsp").asText()).isEqualTo("Bank2MSP");
        assertThat(found.path("requested").path("minorUnits").asLong()).isEqualTo(1_000_000L);
        assertThat(found.path("confirmed").asBoolean()).isTrue();
        assertThat(
                        get(
                                        REGULATOR,
                                        "regulator.auditor",
                                        "/api/v1/supervision/alerts/"
                                                + found.path("alertId").asText(),
                                        200)
                                .path("code")
                                .asText())
                .isEqualTo("DUPLICATE_FINANCING");
        assertThat(
                        get(BANK2, "bank2.officer", "/api/v1/supervision/alerts", 403)
                                .path("code")
                                .asText())
                .isEqualTo("REGULATOR_ONLY");
        assertThat(
                        get(
                                        BANK1,
                                        "bank1.officer",
                                        "/api/v1/supervision/alerts/"
                                                + found.path("alertId").asText(),
                                        403)
                                .path("code")
                                .asText())
                .isEqualTo("REGULATOR_ONLY");
        get(CORP, "coreco.treasurer", "/api/v1/supervision/exposure/enterprises/" + HUADONG, 403);
        JsonNode exposure =
                get(
                        REGULATOR,
                        "regulator.auditor",
                        "/api/v1/supervision/exposure/enterprises/" + HUADONG,
                        200);
        assertThat(exposure.path("creditCode").asText()).isEqualTo(HUADONG);
        assertThat(
                        get(
                                        REGULATOR,
                                        "regulator.auditor",
                                        "/api/v1/supervision/exposure/banks",
                                        200)
                                .path("items")
                                .isArray())
                .isTrue();
    }

    // ---- scenario 8
    // -------------------------------------------------------------------------------------------

    @Test
    void scenario8AnAmendmentRejectedByTheBeneficiaryLeavesTheLcUnchanged() throws Exception {
        String lcId = advisedLc(30);
        String before = getText(CORP, "coreco.treasurer", LCS + lcId + "/terms");
        assertThat(
                        post(
                                        BANK1,
                                        "bank1.officer",
                                        LCS + lcId + "/amendments",
                                        Map.of(
                                                "amount",
                                                money("CNY", 40_000_000),
                                                "note",
                                                "order reduced"),
                                        201)
                                .path("result")
                                .path("pendingAmendment")
                                .asInt())
                .isEqualTo(1);
        post(CORP, "coreco.treasurer", LCS + lcId + "/amendments/1/rejection", null, 403);
        post(CORP, "suzhou.clerk", LCS + lcId + "/amendments/1/rejection", null, 200);
        assertThat(getText(CORP, "coreco.treasurer", LCS + lcId + "/terms")).isEqualTo(before);
        assertThat(
                        get(BANK2, "bank2.officer", LCS + lcId + "/amendments/1", 200)
                                .path("status")
                                .asText())
                .isEqualTo("REJECTED");
        assertThat(
                        post(
                                        CORP,
                                        "suzhou.clerk",
                                        LCS + lcId + "/amendments/1/acceptance",
                                        null,
                                        409)
                                .path("code")
                                .asText())
                .isEqualTo("NO_PENDING_AMENDMENT");
    }

    // ---- scenario 9
    // -------------------------------------------------------------------------------------------

    /**
     * Up to the acknowledgement only: the chaincode pays an accepted usance presentation at or
     * after its maturity ({@code Pay}: "ACCEPTED at or after maturity", else 422 NOT_MATURED;
     * chaincode/letterofcredit/README.md), and maturity is acceptance + 30 days of real time here,
     * with no clock to move. So instead of "paid to the buyer" the test asserts what decides it:
     * the buyer (Bank1) holds the claim, and an early payment is refused.
     */
    @Test
    void
            scenario9ForfaitingOfAnAcceptedUsanceLcTwoQuotesOneAcceptedTransferAcknowledgedTheBuyerHoldsTheClaim()
                    throws Exception {
        String lcId = advisedLc(30);
        int n = present(lcId, 40_000_000);
        examine(lcId, n, List.of(), "COMPLIANT");
        accept(lcId, n);
        assertThat(
                        post(
                                        BANK2,
                                        "bank2.officer",
                                        LCS + lcId + "/presentations/" + n + "/negotiation",
                                        Map.of("price", money("CNY", 39_500_000)),
                                        200)
                                .path("result")
                                .path("claimHolder")
                                .asText())
                .isEqualTo("Bank2MSP");

        JsonNode offer =
                post(
                                BANK2,
                                "bank2.officer",
                                "/api/v1/forfaiting/offers",
                                Map.of(
                                        "lcId",
                                        lcId,
                                        "presentation",
                                        n,
                                        "contact",
                                        "Bank2 forfaiting desk"),
                                201)
                        .path("result");
        assertThat(offer.path("status").asText()).isEqualTo("OPEN");
        String offers = "/api/v1/forfaiting/offers/" + offer.path("offerId").asText();
        assertThat(
                        post(
                                        BANK2,
                                        "bank2.officer",
                                        "/api/v1/forfaiting/offers",
                                        Map.of("lcId", lcId, "presentation", n, "contact", "again"),
                                        409)
                                .path("code")
                                .asText())
                .isEqualTo("CLAIM_ALREADY_OFFERED");
        get(CORP, "coreco.treasurer", offers, 403);
        String first =
                post(
                                BANK1,
                                "bank1.officer",
                                offers + "/quotes",
                                Map.of("discountRateBp", 320, "price", money("CNY", 39_600_000)),
                                201)
                        .path("result")
                        .path("quoteId")
                        .asText();
        String second =
                post(
                                BANK1,
                                "bank1.officer",
                                offers + "/quotes",
                                Map.of("discountRateBp", 295, "price", money("CNY", 39_700_000)),
                                201)
                        .path("result")
                        .path("quoteId")
                        .asText();
        JsonNode seen = get(BANK2, "bank2.officer", offers, 200);
        assertThat(seen.path("offer").path("quotes").asInt()).as(seen.toString()).isEqualTo(2);
        assertThat(seen.path("info").path("amount").path("minorUnits").asLong())
                .isEqualTo(40_000_000L);
        JsonNode agreed =
                post(BANK2, "bank2.officer", offers + "/acceptance", Map.of("quoteId", second), 200)
                        .path("result");
        assertThat(agreed.path("status").asText()).isEqualTo("AGREED");
        assertThat(agreed.path("buyerMsp").asText()).isEqualTo("Bank1MSP");
        assertThat(
                        get(BANK2, "bank2.officer", offers + "/quotes/" + first, 200)
                                .path("status")
                                .asText())
                .isEqualTo("LAPSED");
        Map<String, String> transfer =
                Map.of("agreementHash", "5".repeat(64), "noticeHash", "6".repeat(64));
        post(BANK2, "bank2.officer", offers + "/confirmations", transfer, 200);
        assertThat(
                        post(BANK1, "bank1.officer", offers + "/confirmations", transfer, 200)
                                .path("result")
                                .path("status")
                                .asText())
                .isEqualTo("CONFIRMED");
        assertThat(
                        post(BANK1, "bank1.officer", offers + "/acknowledgement", null, 200)
                                .path("result")
                                .path("status")
                                .asText())
                .isEqualTo("COMPLETED");
        assertThat(
                        get(
                                        REGULATOR,
                                        "regulator.auditor",
                                        LCS + lcId + "/presentations/" + n + "/claim",
                                        200)
                                .path("claimHolder")
                                .asText())
                .isEqualTo("Bank1MSP");
        // maturity is 30 days away in real time: the issuing bank cannot pay yet (see the Javadoc)
        assertThat(
                        post(
                                        BANK1,
                                        "bank1.officer",
                                        LCS + lcId + "/presentations/" + n + "/payment",
                                        null,
                                        422)
                                .path("code")
                                .asText())
                .isEqualTo("NOT_MATURED");
        assertThat(get(REGULATOR, "regulator.auditor", offers + "/quotes", 200).path("items"))
                .hasSize(2);
    }

    // ---- scenario 10
    // ------------------------------------------------------------------------------------------

    /**
     * On a fresh supplier registered by corp.admin, so that a failure midway leaves no shared demo
     * party listed (the report is delisted in a finally block all the same). The fresh party has no
     * user of its own, so the appeal and appeal rejection of the embedded test are left out: the
     * report's history has two versions (reported, delisted) instead of four. The L/C issuance
     * check of the domain (the chaincode checks applicant and beneficiary at {@code Issue}) is
     * added, with the fresh party as beneficiary.
     */
    @Test
    void scenario10ABlacklistedPartyIsRefusedFinancingAndLcIssuanceAndAcceptedAfterDelisting()
            throws Exception {
        String party = freshCreditCode();
        assertThat(
                        post(
                                        CORP,
                                        "corp.admin",
                                        "/api/v1/parties",
                                        Map.of(
                                                "creditCode",
                                                party,
                                                "name",
                                                "IT blacklist supplier " + party,
                                                "kind",
                                                "SUPPLIER"),
                                        201)
                                .path("result")
                                .path("creditCode")
                                .asText())
                .isEqualTo(party);
        Map<String, Object> invoice = invoice(party);
        registered(invoice);
        Map<String, Object> application = application(0, party);
        String lcId =
                post(CORP, "coreco.treasurer", "/api/v1/lcs", application, 201)
                        .path("result")
                        .path("lcId")
                        .asText();

        JsonNode report =
                post(
                                BANK1,
                                "bank1.officer",
                                "/api/v1/blacklist/reports",
                                report(party, "LOAN_DEFAULT"),
                                201)
                        .path("result");
        assertThat(report.path("status").asText()).isEqualTo("ACTIVE");
        String reportId = report.path("reportId").asText();
        boolean delisted = false;
        try {
            JsonNode check =
                    get(
                            BANK2,
                            "bank2.officer",
                            "/api/v1/blacklist/parties/" + party + "/check",
                            200);
            assertThat(check.path("listed").asBoolean()).as(check.toString()).isTrue();
            assertThat(check.path("activeReports").asInt()).isEqualTo(1);

            JsonNode refused =
                    post(
                            BANK2,
                            "bank2.officer",
                            "/api/v1/verification/locks",
                            lock("B2-BL-" + RUN, 1_000_000, invoice),
                            422);
            assertThat(refused.path("code").asText()).isEqualTo("PARTY_BLACKLISTED");
            assertThat(refused.path("details").path("creditCode").asText()).isEqualTo(party);
            assertThat(refused.path("detail").asText())
                    .contains("party " + party + " is on the credit blacklist");
            assertThat(
                            post(BANK1, "bank1.officer", LCS + lcId + "/issue", null, 422)
                                    .path("code")
                                    .asText())
                    .isEqualTo("PARTY_BLACKLISTED");
            assertThat(get(BANK1, "bank1.officer", LCS + lcId, 200).path("status").asText())
                    .isEqualTo("APPLIED");

            assertThat(
                            post(
                                            BANK2,
                                            "bank2.officer",
                                            "/api/v1/blacklist/reports/" + reportId + "/delisting",
                                            Map.of("reason", "not our report"),
                                            403)
                                    .path("code")
                                    .asText())
                    .isEqualTo("NOT_THE_REPORTER");
            assertThat(
                            post(
                                            BANK1,
                                            "bank1.officer",
                                            "/api/v1/blacklist/reports/" + reportId + "/delisting",
                                            Map.of("reason", "repaid in full"),
                                            200)
                                    .path("result")
                                    .path("status")
                                    .asText())
                    .isEqualTo("DELISTED");
            delisted = true;
        } finally {
            if (!delisted) {
                exchange(
                        BANK1,
                        "bank1.officer",
                        "POST",
                        "/api/v1/blacklist/reports/" + reportId + "/delisting",
                        "application/json",
                        JSON.writeValueAsString(Map.of("reason", "test clean-up")));
            }
        }

        JsonNode check =
                get(BANK2, "bank2.officer", "/api/v1/blacklist/parties/" + party + "/check", 200);
        assertThat(check.path("listed").asBoolean()).as(check.toString()).isFalse();
        assertThat(
                        post(
                                        BANK2,
                                        "bank2.officer",
                                        "/api/v1/verification/locks",
                                        lock("B2-BL-" + RUN, 1_000_000, invoice),
                                        201)
                                .path("result")
                                .path("lock")
                                .path("status")
                                .asText())
                .isEqualTo("LOCKED");
        assertThat(
                        post(BANK1, "bank1.officer", LCS + lcId + "/issue", null, 200)
                                .path("result")
                                .path("status")
                                .asText())
                .isEqualTo("ISSUED");
        assertThat(
                        get(
                                        REGULATOR,
                                        "regulator.auditor",
                                        "/api/v1/blacklist/reports/" + reportId + "/history",
                                        200)
                                .path("items"))
                .hasSize(2);
    }

    // ---- scenario 11
    // ------------------------------------------------------------------------------------------

    /**
     * 30 declarations instead of the domain's 100, to keep the network test short (each
     * registration is a transaction): 18 registered, of which 6 are sent with a changed amount or
     * date, and 12 never registered.
     */
    @Test
    void scenario11BatchVerificationOfThirtyCustomsDeclarationsMixedAuthenticMismatchedAndUnknown()
            throws Exception {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            Map<String, Object> declaration = declaration(1_000_000L + i * 10_000L);
            post(
                    AUTHORITY,
                    "customs.officer",
                    "/api/v1/verification/declarations",
                    declaration,
                    201);
            batch.add(ApiScenarios.asChecked(declaration, i)); // 6 of them changed
        }
        for (int i = 0; i < 12; i++) {
            batch.add(typed("CUSTOMS_DECLARATION", declaration(5_000_000)));
        }

        JsonNode answer =
                post(
                        BANK2,
                        "bank2.officer",
                        "/api/v1/verification/verify",
                        Map.of("documents", batch),
                        200);
        assertThat(answer.path("count").asInt()).isEqualTo(30);
        assertThat(answer.path("authentic").asInt()).isEqualTo(12);
        assertThat(answer.path("mismatch").asInt()).isEqualTo(6);
        assertThat(answer.path("unknown").asInt()).isEqualTo(12);
        List<String> results = answer.path("results").findValuesAsText("result");
        assertThat(results).hasSize(30);
        for (int i = 0; i < 30; i++) {
            String expected = i >= 18 ? "UNKNOWN" : i % 3 == 0 ? "MISMATCH" : "AUTHENTIC";
            assertThat(results.get(i)).as("document %d", i).isEqualTo(expected);
        }
        assertThat(answer.path("results").get(0).path("mismatchedFields"))
                .extracting(JsonNode::asText)
                .containsExactly("AMOUNTS");
        assertThat(answer.path("results").get(3).path("mismatchedFields"))
                .extracting(JsonNode::asText)
                .containsExactly("DATES");
        assertThat(answer.path("results").get(0).has("faceValue")).isFalse();
        assertThat(answer.path("results").get(0).has("balance")).isFalse();

        StringBuilder csv =
                new StringBuilder(
                        "type,declarationNumber,exporterCode,currency,amount,declarationDate\n");
        for (Map<String, Object> item : batch) {
            long minor = ((Number) ((Map<?, ?>) item.get("amount")).get("minorUnits")).longValue();
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
        HttpResponse<String> fromCsv =
                exchange(
                        BANK2,
                        "bank2.officer",
                        "POST",
                        "/api/v1/verification/verify",
                        "text/csv",
                        csv.toString());
        assertThat(fromCsv.statusCode()).as(fromCsv.body()).isEqualTo(200);
        assertThat(JSON.readTree(fromCsv.body()).path("results").findValuesAsText("result"))
                .isEqualTo(results);
    }

    // ---- the scenarios' building blocks
    // -----------------------------------------------------------------------

    private static String fresh(String format) {
        return String.format(format, RUN, SEQ.incrementAndGet());
    }

    /**
     * A fresh VAT invoice of {@code seller} to Huadong: CNY 500,000.00 + 65,000.00 tax, issued
     * yesterday.
     */
    private static Map<String, Object> invoice(String seller) {
        return vatInvoice(
                "3205194132",
                fresh("%013d%07d"), // 20 digits: this run's stamp and a sequence
                "6641"
                        + String.format(
                                "%016d",
                                (RUN % 1_000_000_000L) * 10_000_000L + SEQ.incrementAndGet()),
                seller);
    }

    /** The tax bureau registers the invoice; returns its document id. */
    private static String registered(Map<String, Object> invoice) throws Exception {
        JsonNode written =
                post(AUTHORITY, "tax.officer", "/api/v1/verification/invoices", invoice, 201);
        assertThat(written.path("result").path("status").asText()).isEqualTo("ACTIVE");
        return written.path("result").path("documentId").asText();
    }

    /**
     * A fresh export declaration of Qianhai in USD, 18 digits: 2248, this run's stamp and a
     * sequence.
     */
    private static Map<String, Object> declaration(long minorUnits) {
        return exportDeclaration(
                "2248"
                        + String.format(
                                "%014d",
                                (RUN % 1_000_000_000_000L) * 100 + SEQ.incrementAndGet() % 100),
                minorUnits);
    }

    /**
     * A supplier code nobody has registered: 9133 0100, this run's stamp in base 31, the check
     * character.
     */
    private static String freshCreditCode() {
        StringBuilder serial = new StringBuilder();
        long rest = RUN * 10 + SEQ.incrementAndGet() % 10;
        for (int i = 0; i < 9; i++) {
            serial.insert(0, CreditCode.ALPHABET.charAt((int) (rest % 31)));
            rest /= 31;
        }
        String first17 = "91330100" + serial;
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static Map<String, Object> report(String code, String category) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("creditCode", code);
        report.put("category", category);
        report.put(
                "reason", "Working-capital loan WC-IT-" + RUN + " unpaid 90 days after maturity");
        report.put(
                "evidenceHash", "3b1f0c6a9d2e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c");
        report.put("amountInDefault", money("CNY", 120_000_000));
        report.put("reportDate", LocalDate.now(ZoneOffset.UTC).toString());
        return report;
    }

    /** Bank1's line for Huadong: granted by this run or by an earlier one (409). */
    private static void creditLine() throws Exception {
        HttpResponse<String> line =
                exchange(
                        BANK1,
                        "bank1.officer",
                        "POST",
                        "/api/v1/receivables/lines",
                        "application/json",
                        JSON.writeValueAsString(
                                Map.of(
                                        "debtorCode",
                                        HUADONG,
                                        "limit",
                                        money("CNY", 10_000_000_000L),
                                        "expiresOn",
                                        LocalDate.now(ZoneOffset.UTC).plusYears(1).toString())));
        assertThat(line.statusCode()).as(line.body()).isIn(201, 409);
    }

    /**
     * Scenario 1: Huadong issues to Suzhou on Bank1's line and Suzhou accepts; returns the root id.
     */
    private static String issuedAndAccepted(
            long amount, int maturityInDays, String invoiceId, Map<String, Object> invoice)
            throws Exception {
        creditLine();
        Map<String, Object> body =
                issueRequest(
                        amount, today(maturityInDays), fresh("PO-IT-%d-%d"), invoiceId, invoice);
        JsonNode issued =
                post(CORP, "coreco.treasurer", "/api/v1/receivables/certificates", body, 201)
                        .path("result");
        assertThat(issued.path("status").asText()).isEqualTo("PENDING");
        String rootId = issued.path("rootId").asText();
        assertThat(
                        post(
                                        CORP,
                                        "suzhou.clerk",
                                        "/api/v1/receivables/certificates/"
                                                + rootId
                                                + "/acceptance",
                                        null,
                                        200)
                                .path("result")
                                .path("status")
                                .asText())
                .isEqualTo("OUTSTANDING");
        return rootId;
    }

    /**
     * Every live piece of a party, following the bookmark page by page (the network's state grows
     * per run).
     */
    private static List<JsonNode> holdings(String user, String code) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        String bookmark = "";
        do {
            JsonNode page =
                    get(
                            CORP,
                            user,
                            "/api/v1/receivables/parties/"
                                    + code
                                    + "/holdings?pageSize=200"
                                    + (bookmark.isEmpty()
                                            ? ""
                                            : "&bookmark="
                                                    + java.net.URLEncoder.encode(
                                                            bookmark, StandardCharsets.UTF_8)),
                            200);
            page.path("items").forEach(items::add);
            bookmark = page.path("items").isEmpty() ? "" : page.path("bookmark").asText("");
        } while (!bookmark.isEmpty());
        return items;
    }

    /**
     * Huadong's application at Bank1, advised by Bank2: CNY 500,000.00, tolerance 5%, expiry in 120
     * days.
     */
    private static Map<String, Object> application(int usanceDays, String beneficiary) {
        return lcApplication(usanceDays, beneficiary, fresh("SC-IT-%d-%d"));
    }

    /** Applied, issued and advised, in favour of Suzhou; returns the L/C id. */
    private static String advisedLc(int usanceDays) throws Exception {
        JsonNode applied =
                post(CORP, "coreco.treasurer", "/api/v1/lcs", application(usanceDays, SUZHOU), 201)
                        .path("result");
        assertThat(applied.path("status").asText()).isEqualTo("APPLIED");
        String lcId = applied.path("lcId").asText();
        assertThat(
                        post(BANK1, "bank1.officer", LCS + lcId + "/issue", null, 200)
                                .path("result")
                                .path("status")
                                .asText())
                .isEqualTo("ISSUED");
        assertThat(
                        post(BANK2, "bank2.officer", LCS + lcId + "/advice", null, 200)
                                .path("result")
                                .path("status")
                                .asText())
                .isEqualTo("ADVISED");
        return lcId;
    }

    /**
     * Suzhou presents {@code amount} against a freshly registered invoice; returns the
     * presentation's number.
     */
    private static int present(String lcId, long amount) throws Exception {
        Map<String, Object> invoice = invoice(SUZHOU);
        registered(invoice);
        JsonNode presented =
                post(
                                CORP,
                                "suzhou.clerk",
                                LCS + lcId + "/presentations",
                                presentation(amount, invoice),
                                201)
                        .path("result");
        assertThat(presented.path("status").asText()).isEqualTo("PRESENTED");
        return presented.path("number").asInt();
    }

    private static void examine(String lcId, int n, List<String> discrepancies, String expected)
            throws Exception {
        post(BANK1, "bank1.officer", LCS + lcId + "/presentations/" + n + "/receipt", null, 200);
        assertThat(
                        post(
                                        BANK1,
                                        "bank1.officer",
                                        LCS + lcId + "/presentations/" + n + "/examination",
                                        Map.of("discrepancies", discrepancies),
                                        200)
                                .path("result")
                                .path("status")
                                .asText())
                .isEqualTo(expected);
    }

    private static void accept(String lcId, int n) throws Exception {
        assertThat(
                        post(
                                        BANK1,
                                        "bank1.officer",
                                        LCS + lcId + "/presentations/" + n + "/acceptance",
                                        null,
                                        200)
                                .path("result")
                                .path("status")
                                .asText())
                .isEqualTo("ACCEPTED");
    }

    // ---- HTTP
    // -------------------------------------------------------------------------------------------------

    private static JsonNode post(String base, String user, String path, Object body, int expected)
            throws Exception {
        HttpResponse<String> response =
                exchange(
                        base,
                        user,
                        "POST",
                        path,
                        "application/json",
                        body == null ? null : JSON.writeValueAsString(body));
        return checked(response, expected);
    }

    /**
     * A read, retried for up to 10 s while it answers something else than expected: each peer
     * commits a block on its own, so another organisation's peer may not have the newest block (or
     * its private data) yet.
     */
    private static JsonNode get(String base, String user, String path, int expected)
            throws Exception {
        return checked(retriedGet(base, user, path, expected), expected);
    }

    /** A read's body as text, byte for byte (to compare two reads). */
    private static String getText(String base, String user, String path) throws Exception {
        HttpResponse<String> response = retriedGet(base, user, path, 200);
        checked(response, 200);
        return response.body();
    }

    private static HttpResponse<String> retriedGet(
            String base, String user, String path, int expected) throws Exception {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            HttpResponse<String> response = exchange(base, user, "GET", path, null, null);
            if (response.statusCode() == expected || System.nanoTime() > until) {
                return response;
            }
            Thread.sleep(250);
        }
    }

    /**
     * One request, with {@code After-Block} naming the highest block this run has written so far
     * ({@link FabricCalls#afterLastBlock}): the gateway waits for its own peer's commit only, and
     * endorses on its own organisation's peer, so without it a write that follows another
     * organisation's write could be simulated on a state without it.
     */
    private static HttpResponse<String> exchange(
            String base, String user, String method, String path, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", auth(user));
        FabricCalls.afterLastBlock(request);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response =
                HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        FabricCalls.rememberBlock(response);
        return response;
    }

    private static JsonNode checked(HttpResponse<String> response, int expected) throws Exception {
        HttpRequest request = response.request();
        assertThat(response.statusCode())
                .as(request.method() + " " + request.uri() + ": " + response.body())
                .isEqualTo(expected);
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private static String auth(String user) {
        return FabricTestNetwork.auth(user);
    }
}
