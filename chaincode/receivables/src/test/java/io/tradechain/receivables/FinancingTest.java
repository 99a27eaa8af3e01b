package io.tradechain.receivables;

import static io.tradechain.receivables.ReceivablesNetwork.A;
import static io.tradechain.receivables.ReceivablesNetwork.B;
import static io.tradechain.receivables.ReceivablesNetwork.BANK1;
import static io.tradechain.receivables.ReceivablesNetwork.BANK2;
import static io.tradechain.receivables.ReceivablesNetwork.C;
import static io.tradechain.receivables.ReceivablesNetwork.assertOk;
import static io.tradechain.receivables.ReceivablesNetwork.assertRefused;
import static io.tradechain.receivables.ReceivablesNetwork.json;
import static io.tradechain.receivables.ReceivablesNetwork.money;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.ledger.Invocation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scenario 3 of docs/domain.md (B finances its piece at Bank1) and the rules of financing; scenario
 * 12's privacy.
 */
class FinancingTest {
    private final ReceivablesNetwork net = new ReceivablesNetwork();
    private final Map<String, Object> invoice = ReceivablesNetwork.invoiceFields();
    private final String invoiceId;
    private final String bPiece;

    FinancingTest() {
        invoiceId = net.registerInvoice(invoice);
        net.grantLine(100_000_000);
        String rootId =
                json(assertOk(net.issueAgainst(invoice, invoiceId, A, 1_000_000, "2026-09-01")))
                        .get("rootId")
                        .asText();
        assertOk(net.submit(net.a, "AcceptCertificate", rootId));
        bPiece =
                json(assertOk(net.transfer(net.a, rootId, B, 300_000)))
                        .get("transferred")
                        .get("pieceId")
                        .asText();
    }

    private String requested(long amount) {
        return json(assertOk(net.submit(net.b, "RequestFinancing", bPiece, money(amount))))
                .get("requestId")
                .asText();
    }

    private long invoiceBalance() {
        JsonNode view =
                json(
                        assertOk(
                                net.ledger.evaluate(
                                        Invocation.of(
                                                net.taxOfficer,
                                                "verification",
                                                "GetDocument",
                                                invoiceId))));
        return view.get("document").get("balance").get("minorUnits").asLong();
    }

    @Test
    void scenario3BFinancesItsPieceAtBank1WhichNowHoldsIt() {
        String requestId = requested(300_000);
        assertRefused(net.transfer(net.b, bPiece, C, 1_000), "PIECE_NOT_LIVE");

        JsonNode approved = json(assertOk(net.approve(net.bank1, requestId, invoice)));
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        String bankPiece = approved.get("bankPieceId").asText();

        JsonNode trace = json(assertOk(net.evaluate(net.bank1, "TracePiece", bankPiece)));
        assertThat(trace.get("hops"))
                .extracting(h -> h.get("holderCode").asText())
                .containsExactly(A, B, BANK1);
        assertThat(json(assertOk(net.evaluate(net.b, "ListHoldings", B, "", ""))).get("items"))
                .isEmpty();
        assertThat(invoiceBalance()).isEqualTo(113_000_000 - 300_000);

        JsonNode terms = json(assertOk(net.evaluate(net.b, "GetFinancingTerms", requestId)));
        assertThat(terms.get("ratePerAnnumBp").asInt()).isEqualTo(385);
        assertOk(net.evaluate(net.bank1, "GetFinancingTerms", requestId));
        assertOk(net.evaluate(net.regulator, "GetFinancingTerms", requestId));
        assertRefused(net.evaluate(net.bank2, "GetFinancingTerms", requestId), "ACCESS_DENIED");
        assertRefused(net.evaluate(net.c, "GetFinancingTerms", requestId), "ACCESS_DENIED");
        assertThat(
                        new String(
                                net.ledger
                                        .committedState(
                                                "receivables",
                                                "\u0000rfin\u0000" + requestId + "\u0000")
                                        .orElseThrow()))
                .doesNotContain("ratePerAnnumBp", "disbursed", "290000");

        assertOk(net.transfer(net.bank1, bankPiece, BANK2, 100_000));
    }

    @Test
    void partOfAPieceIsSetApartTheRestStaysMovable() {
        String requestId = requested(100_000);
        JsonNode request = json(assertOk(net.evaluate(net.b, "GetFinancing", requestId)));
        assertThat(request.get("amount").get("minorUnits").asLong()).isEqualTo(100_000);
        JsonNode holdings = json(assertOk(net.evaluate(net.b, "ListHoldings", B, "", "")));
        assertThat(holdings.get("items"))
                .extracting(p -> p.get("status").asText())
                .containsExactlyInAnyOrder("FINANCING", "LIVE");
        String live =
                holdings.get("items").findValuesAsText("pieceId").stream()
                        .filter(id -> id.endsWith("-2"))
                        .findFirst()
                        .orElseThrow();
        assertOk(net.transfer(net.b, live, C, 200_000));
    }

    @Test
    void aBlacklistedHolderIsRefusedAndNothingIsLocked() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("creditCode", B);
        report.put("category", "FRAUD");
        report.put("reason", "forged delivery notes");
        report.put("evidenceHash", "b".repeat(64));
        report.put("amountInDefault", Map.of("currency", "CNY", "minorUnits", 5_000_000L));
        report.put("reportDate", "2026-03-02");
        assertOk(
                net.ledger.submit(
                        Invocation.builder(net.bank2, "blacklist", "ReportParty")
                                .transientData(
                                        "report",
                                        io.tradechain.chaincode.common.CanonicalJson.toJson(report))
                                .build()));
        String requestId = requested(300_000);
        assertRefused(net.approve(net.bank1, requestId, invoice), "PARTY_BLACKLISTED");
        assertThat(invoiceBalance()).isEqualTo(113_000_000);
    }

    @Test
    void theInvoiceMustBeTheCertificatesAndHaveBalanceLeft() {
        Map<String, Object> other = new LinkedHashMap<>(invoice);
        other.put("invoiceNumber", "04471300");
        net.registerInvoice(other);
        String requestId = requested(300_000);
        assertRefused(net.approve(net.bank1, requestId, other), "INVOICE_MISMATCH");
        Map<String, Object> altered = new LinkedHashMap<>(invoice);
        altered.put("issueDate", "2026-02-28");
        assertRefused(net.approve(net.bank1, requestId, altered), "DOCUMENT_MISMATCH");

        assertOk(
                net.ledger.submit(
                        Invocation.builder(net.bank2, "verification", "LockAmount")
                                .args("B2-OTHER-1", money(112_800_000))
                                .transientData(
                                        "document",
                                        io.tradechain.chaincode.common.CanonicalJson.toJson(
                                                invoice))
                                .build()));
        assertRefused(net.approve(net.bank1, requestId, invoice), "DUPLICATE_FINANCING");
        assertThat(invoiceBalance()).isEqualTo(200_000);
    }

    @Test
    void onlyTheHolderRequestsOnlyTheFunderDecides() {
        assertRefused(
                net.submit(net.c, "RequestFinancing", bPiece, money(1_000)), "NOT_THE_HOLDER");
        assertRefused(
                net.submit(net.b, "RequestFinancing", bPiece, money(300_001)),
                "AMOUNT_EXCEEDS_PIECE");
        String requestId = requested(300_000);
        assertRefused(net.approve(net.bank2, requestId, invoice), "NOT_THE_FUNDER");
        assertRefused(net.submit(net.b, "ApproveFinancing", requestId), "WRONG_ORGANISATION");
        assertRefused(
                net.submit(net.regulator, "RefuseFinancing", requestId, "no"),
                "READ_ONLY_ORGANISATION");
        JsonNode refused =
                json(
                        assertOk(
                                net.submit(
                                        net.bank1,
                                        "RefuseFinancing",
                                        requestId,
                                        "turnover below the bank's threshold")));
        assertThat(refused.get("status").asText()).isEqualTo("REFUSED");
        assertRefused(net.approve(net.bank1, requestId, invoice), "FINANCING_NOT_PENDING");
        assertOk(net.transfer(net.b, bPiece, C, 300_000));
    }

    @Test
    void termsAreCheckedAndAFinancingAfterMaturityIsRefused() {
        String requestId = requested(300_000);
        assertRefused(
                net.ledger.submit(
                        Invocation.builder(net.bank1, "receivables", "ApproveFinancing")
                                .args(requestId)
                                .transientData("terms", "{\"ratePerAnnumBp\":385}")
                                .transientData(
                                        "document",
                                        io.tradechain.chaincode.common.CanonicalJson.toJson(
                                                invoice))
                                .build()),
                "PRICING_NOT_SET");
        net.advanceTo("2026-09-01");
        assertRefused(net.approve(net.bank1, requestId, invoice), "PIECE_MATURED");
    }
}
