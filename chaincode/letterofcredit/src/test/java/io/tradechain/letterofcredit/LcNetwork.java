package io.tradechain.letterofcredit;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.ledger.Identity;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import io.tradechain.testkit.TestNetwork;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real party registry, blacklist, verification and L/C chaincodes. CoreCo applies at Bank1
 * (issuing bank) for an L/C in favour of Supplier A, advised and nominated by Bank2; Outsider is a
 * third enterprise. The tax bureau registered A's invoice to CoreCo (CNY 1,000,000.00 + 130,000.00
 * tax). The clock starts on 2026-03-02.
 */
public final class LcNetwork extends TestNetwork {
    public static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
    public static final String CORE = code("91310115MA1K4HQ27");
    public static final String A = code("91320505MA1W3KT8X");
    public static final String OUTSIDER = code("91330106MA2CF1L6N");
    public static final String BANK1 = code("91110000710934YQ4");
    public static final String BANK2 = code("91310000132208M57");
    public static final String TAX = code("11310000MB2F0612X");
    public static final String EXPIRY = "2026-06-30";
    public static final long AMOUNT = 100_000_000L;

    public final Identity core;
    public final Identity a;
    public final Identity outsider;

    public LcNetwork() {
        super(
                START,
                ChaincodeNames.PARTIES,
                ChaincodeNames.BLACKLIST,
                ChaincodeNames.VERIFICATION,
                ChaincodeNames.LETTER_OF_CREDIT);
        core = party(corpAdmin, CORE, "CoreCo", "CORE_ENTERPRISE", "coreco-treasurer");
        a = party(corpAdmin, A, "Supplier A", "SUPPLIER", "a-clerk");
        outsider = party(corpAdmin, OUTSIDER, "Outsider", "SUPPLIER", "outsider-clerk");
        registerBank(Organisations.BANK1_MSP, BANK1, bank1);
        registerBank(Organisations.BANK2_MSP, BANK2, bank2);
        registerParty(authorityAdmin, TAX, "Tax bureau", "AUTHORITY", taxOfficer);
        registerInvoice(invoice());
    }

    /** The tax bureau registers an invoice (fields as presented, with {@code type}). */
    public void registerInvoice(Map<String, Object> invoice) {
        Map<String, Object> fields = new LinkedHashMap<>(invoice);
        fields.remove("type");
        assertOk(
                ledger.submit(
                        Invocation.builder(taxOfficer, "verification", "RegisterInvoice")
                                .transientData("invoice", CanonicalJson.toJson(fields))
                                .build()));
    }

    /** A's VAT invoice to CoreCo behind the presentations. */
    public static Map<String, Object> invoice() {
        return io.tradechain.testkit.TestDocuments.typed(
                "INVOICE",
                io.tradechain.testkit.TestDocuments.vatInvoice(
                        "3205194130",
                        "04479001",
                        "73920184652018374611",
                        A,
                        CORE,
                        100_000_000L,
                        13_000_000L,
                        "2026-03-01"));
    }

    public static Map<String, Object> application(int usanceDays) {
        Map<String, Object> application = new LinkedHashMap<>();
        application.put("issuingBankMsp", Organisations.BANK1_MSP);
        application.put("advisingBankMsp", Organisations.BANK2_MSP);
        application.put("beneficiaryCode", A);
        application.put("amount", Map.of("currency", "CNY", "minorUnits", AMOUNT));
        application.put("tolerancePct", 5);
        application.put("expiryDate", EXPIRY);
        application.put("usanceDays", usanceDays);
        application.put("goodsDescription", "2,000 t hot-rolled steel coil, CIF Ningbo");
        application.put(
                "documentsRequired",
                List.of("INVOICE", "BILL_OF_LADING", "INSPECTION_CERTIFICATE"));
        application.put("contractRef", "SC-2026-0311");
        return application;
    }

    // ---- actions
    // --------------------------------------------------------------------------------------------

    public TxResult apply(Map<String, Object> application) {
        return ledger.submit(
                Invocation.builder(core, "letterofcredit", "Apply")
                        .transientData("application", CanonicalJson.toJson(application))
                        .build());
    }

    public String applied(int usanceDays) {
        return json(assertOk(apply(application(usanceDays)))).get("lcId").asText();
    }

    public String issued(int usanceDays) {
        String lcId = applied(usanceDays);
        assertOk(submit(bank1, "Issue", lcId));
        return lcId;
    }

    public String advised(int usanceDays) {
        String lcId = issued(usanceDays);
        assertOk(submit(bank2, "Advise", lcId));
        return lcId;
    }

    /**
     * Presents {@code amount} with an invoice of its own (registered here, same parties and face
     * value as {@link #invoice()}): an invoice backs drawings only up to its face value across
     * every L/C and certificate, so tests that present many times need many invoices.
     */
    public TxResult present(Identity who, String lcId, long amount) {
        return present(who, lcId, amount, freshInvoice());
    }

    private int invoicesIssued;

    /**
     * A newly registered invoice from A to CoreCo, CNY 1,000,000.00 + 130,000.00 tax, with the next
     * number.
     */
    public Map<String, Object> freshInvoice() {
        Map<String, Object> invoice = new LinkedHashMap<>(invoice());
        invoice.put("invoiceNumber", String.format("%08d", 5_000_000 + ++invoicesIssued));
        registerInvoice(invoice);
        return invoice;
    }

    public TxResult present(Identity who, String lcId, long amount, Map<String, Object> invoice) {
        Map<String, Object> presentation =
                Map.of(
                        "amount",
                        Map.of("currency", "CNY", "minorUnits", amount),
                        "documents",
                        List.of(
                                Map.of(
                                        "type",
                                        "INVOICE",
                                        "reference",
                                        "3205194130-04479001",
                                        "sha256",
                                        "1".repeat(64)),
                                Map.of(
                                        "type",
                                        "BILL_OF_LADING",
                                        "reference",
                                        "COSU6184200110",
                                        "sha256",
                                        "2".repeat(64))));
        return ledger.submit(
                Invocation.builder(who, "letterofcredit", "Present")
                        .args(lcId)
                        .transientData("presentation", CanonicalJson.toJson(presentation))
                        .transientData("documents", CanonicalJson.toJson(List.of(invoice)))
                        .build());
    }

    public int presented(String lcId, long amount) {
        return json(assertOk(present(a, lcId, amount))).get("number").asInt();
    }

    public TxResult examine(String lcId, int n, String... discrepancies) {
        return ledger.submit(
                Invocation.builder(bank1, "letterofcredit", "Examine")
                        .args(lcId, Integer.toString(n))
                        .transientData(
                                "examination",
                                CanonicalJson.toJson(
                                        Map.of("discrepancies", List.of(discrepancies))))
                        .build());
    }

    public TxResult negotiate(String lcId, int n, long price) {
        return ledger.submit(
                Invocation.builder(bank2, "letterofcredit", "Negotiate")
                        .args(lcId, Integer.toString(n))
                        .transientData(
                                "negotiation",
                                CanonicalJson.toJson(
                                        Map.of(
                                                "price",
                                                Map.of("currency", "CNY", "minorUnits", price))))
                        .build());
    }

    public TxResult propose(String lcId, Map<String, Object> changes) {
        return ledger.submit(
                Invocation.builder(bank1, "letterofcredit", "ProposeAmendment")
                        .args(lcId)
                        .transientData("amendment", CanonicalJson.toJson(changes))
                        .build());
    }

    public TxResult submit(Identity who, String function, String... args) {
        return ledger.submit(Invocation.of(who, "letterofcredit", function, args));
    }

    public TxResult submit(Identity who, String function, String lcId, int n) {
        return submit(who, function, lcId, Integer.toString(n));
    }

    public TxResult evaluate(Identity who, String function, String... args) {
        return ledger.evaluate(Invocation.of(who, "letterofcredit", function, args));
    }

    public JsonNode lc(String lcId) {
        return json(assertOk(evaluate(bank1, "GetLc", lcId)));
    }

    public JsonNode terms(String lcId) {
        return json(assertOk(evaluate(bank1, "GetTerms", lcId)));
    }

    public JsonNode presentation(String lcId, int n) {
        return json(assertOk(evaluate(bank1, "GetPresentation", lcId, Integer.toString(n))));
    }

    /** Bank1 reports a party to the blacklist; returns the report id. */
    public String blacklist(String creditCode) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("creditCode", creditCode);
        report.put("category", "LOAN_DEFAULT");
        report.put("reason", "working-capital loan unpaid 90 days after maturity");
        report.put(
                "evidenceHash", "3b1f0c6a9d2e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c");
        report.put("amountInDefault", Map.of("currency", "CNY", "minorUnits", 50_000_000L));
        report.put("reportDate", "2026-03-01");
        return assertOk(
                        ledger.submit(
                                Invocation.builder(bank1, "blacklist", "ReportParty")
                                        .transientData("report", CanonicalJson.toJson(report))
                                        .build()))
                .txId();
    }

    public void delist(String reportId) {
        assertOk(
                ledger.submit(
                        Invocation.builder(bank1, "blacklist", "Delist")
                                .args(reportId)
                                .transientData(
                                        "delisting",
                                        CanonicalJson.toJson(
                                                Map.of("reason", "loan repaid in full")))
                                .build()));
    }

    public void advanceTo(String isoDate) {
        clock.set(Instant.parse(isoDate + "T01:00:00Z"));
    }
}
