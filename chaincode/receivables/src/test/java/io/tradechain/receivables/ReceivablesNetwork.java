package io.tradechain.receivables;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.ledger.Identity;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import io.tradechain.testkit.TestDocuments;
import io.tradechain.testkit.TestNetwork;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The real party registry and the receivables chaincode; CoreCo (core enterprise) and suppliers A,
 * B, C, D bound to their clerks; two banks and the regulator. The clock starts on 2026-03-02.
 */
final class ReceivablesNetwork extends TestNetwork {
    static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
    static final String CORE = code("91310115MA1K4HQ27");
    static final String A = code("91320505MA1W3KT8X");
    static final String B = code("91330106MA2CF1L6N");
    static final String C = code("91330206MA2H7PB41");
    static final String D = code("92330302MA2L0E9R5");
    static final String UNREGISTERED = code("91440300MA5G2XU0Y");
    static final String INVOICE = "a".repeat(64);
    static final String LINE = "Bank1MSP:" + CORE;
    static final String BANK1 = code("91110000710934YQ4");
    static final String BANK2 = code("91310000132208M57");
    static final String TAX = code("11310000MB2F0612X");

    final Identity core;
    final Identity a;
    final Identity b;
    final Identity c;
    final Identity d;

    /** The invoice most tests issue against: A to CoreCo, CNY 100,000,000.00 + tax. */
    static final Map<String, Object> DEFAULT_INVOICE = bigInvoice();

    final String defaultInvoiceId;

    ReceivablesNetwork() {
        super(
                START,
                ChaincodeNames.PARTIES,
                ChaincodeNames.BLACKLIST,
                ChaincodeNames.VERIFICATION,
                ChaincodeNames.RECEIVABLES);
        core = party(corpAdmin, CORE, "CoreCo", "CORE_ENTERPRISE", "coreco-treasurer");
        a = party(corpAdmin, A, "Supplier A", "SUPPLIER", "a-clerk");
        b = party(corpAdmin, B, "Supplier B", "SUPPLIER", "b-clerk");
        c = party(corpAdmin, C, "Supplier C", "SUPPLIER", "c-clerk");
        d = party(corpAdmin, D, "Supplier D", "SUPPLIER", "d-clerk");
        registerBank(Organisations.BANK1_MSP, BANK1, bank1);
        registerBank(Organisations.BANK2_MSP, BANK2, bank2);
        registerParty(authorityAdmin, TAX, "Tax bureau", "AUTHORITY", taxOfficer);
        defaultInvoiceId = registerInvoice(DEFAULT_INVOICE);
    }

    /** The VAT invoice of A to CoreCo behind the certificates: CNY 1,130,000.00 with tax. */
    static Map<String, Object> invoiceFields() {
        return invoice("04471299", 100_000_000L, 13_000_000L);
    }

    private static Map<String, Object> bigInvoice() {
        return invoice("04471001", 10_000_000_000L, 1_300_000_000L);
    }

    private static Map<String, Object> invoice(String number, long amount, long tax) {
        return TestDocuments.typed(
                "INVOICE",
                TestDocuments.vatInvoice(
                        "3205194130",
                        number,
                        "73920184652018374600",
                        A,
                        CORE,
                        amount,
                        tax,
                        "2026-03-01"));
    }

    /**
     * The debtor issues a certificate against the invoice, whose fields travel in the transient
     * map.
     */
    TxResult issueAgainst(
            Map<String, Object> invoice,
            String invoiceId,
            String supplier,
            long amount,
            String maturity) {
        return ledger.submit(
                Invocation.builder(core, "receivables", "IssueCertificate")
                        .args(issueRequest(supplier, amount, maturity, invoiceId))
                        .transientData(
                                "documents", CanonicalJson.toJson(java.util.List.of(invoice)))
                        .build());
    }

    /** The tax bureau registers the invoice; returns its document id. */
    String registerInvoice(Map<String, Object> invoice) {
        Map<String, Object> fields = new LinkedHashMap<>(invoice);
        fields.remove("type");
        return json(assertOk(
                        ledger.submit(
                                Invocation.builder(taxOfficer, "verification", "RegisterInvoice")
                                        .transientData("invoice", CanonicalJson.toJson(fields))
                                        .build())))
                .get("documentId")
                .asText();
    }

    TxResult approve(Identity bank, String requestId, Map<String, Object> invoice) {
        String terms =
                "{\"disbursed\":{\"currency\":\"CNY\",\"minorUnits\":290000},"
                        + "\"fee\":{\"currency\":\"CNY\",\"minorUnits\":1500},\"ratePerAnnumBp\":385}";
        return ledger.submit(
                Invocation.builder(bank, "receivables", "ApproveFinancing")
                        .args(requestId)
                        .transientData("terms", terms)
                        .transientData("document", CanonicalJson.toJson(invoice))
                        .build());
    }

    static String money(long minorUnits) {
        return money("CNY", minorUnits);
    }

    static String money(String currency, long minorUnits) {
        return "{\"currency\":\"" + currency + "\",\"minorUnits\":" + minorUnits + "}";
    }

    TxResult submit(Identity who, String function, String... args) {
        return ledger.submit(Invocation.of(who, "receivables", function, args));
    }

    TxResult evaluate(Identity who, String function, String... args) {
        return ledger.evaluate(Invocation.of(who, "receivables", function, args));
    }

    /** Bank1 grants CoreCo a line of CNY {@code limit} minor units until 2027-03-01. */
    void grantLine(long limit) {
        assertOk(submit(bank1, "GrantCreditLine", CORE, money(limit), "2027-03-01"));
    }

    static String issueRequest(String supplier, long amount, String maturity) {
        return issueRequest(supplier, amount, maturity, INVOICE);
    }

    static String issueRequest(String supplier, long amount, String maturity, String invoiceId) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("lineId", LINE);
        request.put("supplierCode", supplier);
        request.put("amount", Map.of("currency", "CNY", "minorUnits", amount));
        request.put("maturityDate", maturity);
        request.put("contractRef", "PO-2026-0117");
        request.put("invoiceDocumentId", invoiceId);
        return CanonicalJson.toJson(request);
    }

    TxResult issue(String supplier, long amount, String maturity) {
        return issueAgainst(DEFAULT_INVOICE, defaultInvoiceId, supplier, amount, maturity);
    }

    /** Issues to A and A accepts: a live root of {@code amount}, maturing 2026-09-01. */
    String liveRoot(long amount) {
        String rootId = json(assertOk(issue(A, amount, "2026-09-01"))).get("rootId").asText();
        assertOk(submit(a, "AcceptCertificate", rootId));
        return rootId;
    }

    TxResult transfer(Identity holder, String pieceId, String recipient, long amount) {
        return submit(holder, "TransferPiece", pieceId, recipient, money(amount));
    }

    JsonNode line() {
        return json(assertOk(evaluate(bank1, "GetCreditLine", LINE)));
    }

    void advanceTo(String isoDate) {
        clock.set(Instant.parse(isoDate + "T01:00:00Z"));
    }

    void advance(Duration duration) {
        clock.advance(duration);
    }
}
