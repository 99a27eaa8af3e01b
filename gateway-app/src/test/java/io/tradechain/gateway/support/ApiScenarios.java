package io.tradechain.gateway.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the gateway's REST tests share: the demo parties (fixtures/parties.json), the request bodies
 * of the scenarios (invoices, declarations, locks, certificates, financing terms, L/C applications
 * and presentations) and, for the {@code @QuarkusTest} tests, the steps that several scenarios take
 * through REST Assured (register an invoice, issue and accept a certificate, advise an L/C,
 * present, examine, accept). The Fabric ITs ({@code it/}) send the same bodies over their own HTTP
 * client to the network's gateways.
 */
public final class ApiScenarios {
    /**
     * Huadong, the core enterprise (coreco.treasurer), debtor of Bank1's demo line, L/C applicant.
     */
    public static final String HUADONG = "91310115MA1K4HQ27W";

    /** Suzhou, the tier-1 supplier (suzhou.clerk), L/C beneficiary. */
    public static final String SUZHOU = "91320505MA1W3KT8XR";

    /** Qianhai, the exporter of the customs declarations. */
    public static final String QIANHAI = "91440300MA5G2XU03D";

    /**
     * The receivables scenarios' names: CORE is Huadong, A Suzhou, B Hangzhou, C Ningbo, D Wenzhou.
     */
    public static final String CORE = HUADONG;

    public static final String A = SUZHOU;
    public static final String B = "91330106MA2CF1L6NM";
    public static final String C = "91330206MA2H7PB41J";
    public static final String D = "92330302MA2L0E9R52";
    public static final String BANK1 = "91110000710934YQ4T";

    /** Bank1's demo credit line for Huadong. */
    public static final String LINE = "Bank1MSP:" + CORE;

    public static final String LCS = "/api/v1/lcs/";

    private static final AtomicInteger NEXT =
            new AtomicInteger((int) (System.nanoTime() % 10_000_000));

    private ApiScenarios() {}

    // ---- request bodies (the @QuarkusTest tests and the Fabric ITs)

    public static Map<String, Object> money(String currency, long minorUnits) {
        Map<String, Object> money = new LinkedHashMap<>();
        money.put("currency", currency);
        money.put("minorUnits", minorUnits);
        return money;
    }

    /**
     * The same document typed ({@code INVOICE}, {@code CUSTOMS_DECLARATION}) for a batch or a lock.
     */
    public static Map<String, Object> typed(String type, Map<String, Object> fields) {
        Map<String, Object> copy = new LinkedHashMap<>();
        copy.put("type", type);
        copy.putAll(fields);
        return copy;
    }

    /** Today plus {@code plusDays} (UTC), as an ISO date. */
    public static String today(int plusDays) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(plusDays).toString();
    }

    /**
     * A VAT invoice of {@code seller} to Huadong: CNY 500,000.00 + 65,000.00 tax, issued yesterday.
     */
    public static Map<String, Object> vatInvoice(
            String invoiceCode, String invoiceNumber, String checkCode, String seller) {
        return vatInvoice(invoiceCode, invoiceNumber, checkCode, seller, 50_000_000, 6_500_000);
    }

    /**
     * A VAT invoice of {@code seller} to Huadong of {@code amount} plus {@code tax} CNY minor
     * units, issued yesterday.
     */
    public static Map<String, Object> vatInvoice(
            String invoiceCode,
            String invoiceNumber,
            String checkCode,
            String seller,
            long amount,
            long tax) {
        Map<String, Object> invoice = new LinkedHashMap<>();
        invoice.put("invoiceCode", invoiceCode);
        invoice.put("invoiceNumber", invoiceNumber);
        invoice.put("checkCode", checkCode);
        invoice.put("sellerCode", seller);
        invoice.put("buyerCode", HUADONG);
        invoice.put("amount", money("CNY", amount));
        invoice.put("tax", money("CNY", tax));
        invoice.put("issueDate", today(-1));
        return invoice;
    }

    /** An export declaration of Qianhai in USD, declared three days ago. */
    public static Map<String, Object> exportDeclaration(String number, long minorUnits) {
        Map<String, Object> declaration = new LinkedHashMap<>();
        declaration.put("declarationNumber", number);
        declaration.put("exporterCode", QIANHAI);
        declaration.put("amount", money("USD", minorUnits));
        declaration.put("declarationDate", today(-3));
        return declaration;
    }

    /**
     * The {@code i}th registered declaration as a bank sends it in a verification batch, typed:
     * every third one changed (its amount to USD 9.99 when {@code i} is even, else its date), so
     * that the answer must say it does not match.
     */
    public static Map<String, Object> asChecked(Map<String, Object> declaration, int i) {
        Map<String, Object> sent = new LinkedHashMap<>(declaration);
        if (i % 3 == 0) {
            if (i % 2 == 0) {
                sent.put("amount", money("USD", 999));
            } else {
                sent.put("declarationDate", "2020-01-01");
            }
        }
        return typed("CUSTOMS_DECLARATION", sent);
    }

    /** A bank's lock of {@code minorUnits} CNY of the invoice for one financing. */
    public static Map<String, Object> lock(
            String ref, long minorUnits, Map<String, Object> invoice) {
        Map<String, Object> lock = new LinkedHashMap<>();
        lock.put("financingRef", ref);
        lock.put("amount", money("CNY", minorUnits));
        lock.put("document", typed("INVOICE", invoice));
        return lock;
    }

    /** Huadong's certificate to Suzhou on Bank1's line, backed by the invoice. */
    public static Map<String, Object> issueRequest(
            long amount,
            String maturity,
            String contractRef,
            String invoiceId,
            Map<String, Object> invoice) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lineId", LINE);
        body.put("supplierCode", A);
        body.put("amount", money("CNY", amount));
        body.put("maturityDate", maturity);
        body.put("contractRef", contractRef);
        body.put("invoiceDocumentId", invoiceId);
        body.put("invoice", invoice);
        return body;
    }

    /** A bank's financing terms: a rate per annum and CNY fee and disbursed amount. */
    public static Map<String, Object> financingTerms(int ratePerAnnumBp, long fee, long disbursed) {
        return Map.of(
                "ratePerAnnumBp",
                ratePerAnnumBp,
                "fee",
                money("CNY", fee),
                "disbursed",
                money("CNY", disbursed));
    }

    /** The body of a financing approval: the terms and the invoice behind the certificate. */
    public static Map<String, Object> approval(
            Map<String, Object> terms, Map<String, Object> invoice) {
        return Map.of("terms", terms, "document", typed("INVOICE", invoice));
    }

    /**
     * Huadong's application at Bank1, advised by Bank2: CNY 500,000.00, tolerance 5%, expiry in 120
     * days, invoice and delivery note required.
     */
    public static Map<String, Object> lcApplication(
            int usanceDays, String beneficiary, String contractRef) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issuingBankMsp", "Bank1MSP");
        body.put("advisingBankMsp", "Bank2MSP");
        body.put("beneficiaryCode", beneficiary);
        body.put("amount", money("CNY", 50_000_000));
        body.put("tolerancePct", 5);
        body.put("expiryDate", today(120));
        body.put("usanceDays", usanceDays);
        body.put("goodsDescription", "400 t cold-rolled steel sheet, delivered Suzhou");
        body.put("documentsRequired", List.of("INVOICE", "DELIVERY_NOTE"));
        body.put("contractRef", contractRef);
        return body;
    }

    /** A presentation of {@code amount} CNY: a delivery note and the invoice. */
    public static Map<String, Object> presentation(long amount, Map<String, Object> invoice) {
        return Map.of(
                "amount",
                money("CNY", amount),
                "documents",
                List.of(
                        Map.of(
                                "type",
                                "DELIVERY_NOTE",
                                "reference",
                                "DN-" + invoice.get("invoiceNumber"),
                                "sha256",
                                "3".repeat(64))),
                "invoice",
                typed("INVOICE", invoice));
    }

    // ---- steps through REST Assured (the @QuarkusTest gateway)

    /** A request as a demo user (HTTP Basic, password demo), JSON. */
    public static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, "demo").contentType(ContentType.JSON);
    }

    /** A number of {@code digits} digits not used before in this JVM. */
    public static String nextNumber(int digits) {
        return String.format("%0" + digits + "d", 20_000_000 + NEXT.incrementAndGet() % 10_000_000);
    }

    /**
     * A fresh VAT invoice of Suzhou to Huadong: CNY 500,000.00 + 65,000.00 tax, issued yesterday.
     */
    public static Map<String, Object> invoice() {
        return vatInvoice("3205194130", nextNumber(8), "6640" + nextNumber(16), SUZHOU);
    }

    /** A fresh export declaration of Qianhai. */
    public static Map<String, Object> declaration(long minorUnits) {
        return exportDeclaration(
                "2248" + LocalDate.now(ZoneOffset.UTC).getYear() + "0" + nextNumber(9), minorUnits);
    }

    /** The id the verification chaincode gives an invoice: SHA-256 of its type, code and number. */
    public static String documentId(Map<String, Object> invoice) {
        return io.tradechain.chaincode.common.Hashes.sha256Hex(
                "INVOICE|" + invoice.get("invoiceCode") + "|" + invoice.get("invoiceNumber"));
    }

    /** The tax bureau registers the invoice; returns its document id. */
    public static String registered(Map<String, Object> invoice) {
        return as("tax.officer")
                .body(invoice)
                .post("/api/v1/verification/invoices")
                .then()
                .statusCode(201)
                .body("txId", notNullValue())
                .body("result.status", equalTo("ACTIVE"))
                .extract()
                .path("result.documentId");
    }

    private static Map<String, Object> sharedInvoice;

    /**
     * The invoice most receivables tests issue against, registered once: Suzhou (A) to Huadong, CNY
     * 565,000.00.
     */
    public static synchronized Map<String, Object> sharedInvoice() {
        if (sharedInvoice == null) {
            Map<String, Object> invoice = invoice();
            registered(invoice);
            sharedInvoice = invoice;
        }
        return sharedInvoice;
    }

    /** The issue request of a certificate against the shared invoice. */
    public static Map<String, Object> issue(long amount, String maturity) {
        Map<String, Object> invoice = sharedInvoice();
        return issue(amount, maturity, documentId(invoice), invoice);
    }

    public static Map<String, Object> issue(
            long amount, String maturity, String invoiceId, Map<String, Object> invoice) {
        return issueRequest(
                amount, maturity, "PO-2026-" + (System.nanoTime() % 100_000), invoiceId, invoice);
    }

    /** What Bank1's demo line has in use, CNY minor units. */
    public static long lineUsed() {
        return as("bank1.officer")
                .get("/api/v1/receivables/lines/" + LINE)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("used.minorUnits");
    }

    /** Scenario 1: CoreCo issues to A (on Bank1's line) and A accepts; returns the root id. */
    public static String issuedAndAccepted(
            long amount, String maturity, Map<String, Object> invoice) {
        String rootId =
                as("coreco.treasurer")
                        .body(issue(amount, maturity, documentId(invoice), invoice))
                        .post("/api/v1/receivables/certificates")
                        .then()
                        .statusCode(201)
                        .body("result.status", equalTo("PENDING"))
                        .extract()
                        .path("result.rootId");
        as("suzhou.clerk")
                .post("/api/v1/receivables/certificates/" + rootId + "/acceptance")
                .then()
                .statusCode(200)
                .body("result.status", equalTo("OUTSTANDING"));
        return rootId;
    }

    public static JsonPath transfer(String holder, String pieceId, String recipient, long amount) {
        return as(holder)
                .body(Map.of("recipientCode", recipient, "amount", money("CNY", amount)))
                .post("/api/v1/receivables/pieces/" + pieceId + "/transfers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The holder offers {@code amount} CNY of a piece for financing; returns the request id. */
    public static String financingRequested(String holder, String pieceId, long amount) {
        return as(holder)
                .body(Map.of("amount", money("CNY", amount)))
                .post("/api/v1/receivables/pieces/" + pieceId + "/financing")
                .then()
                .statusCode(201)
                .extract()
                .path("result.requestId");
    }

    /** Bank1 quotes on a forfaiting offer ({@code offer}: its path); returns the quote id. */
    public static String quoted(String offer, int discountRateBp, long price) {
        return as("bank1.officer")
                .body(Map.of("discountRateBp", discountRateBp, "price", money("CNY", price)))
                .post(offer + "/quotes")
                .then()
                .statusCode(201)
                .extract()
                .path("result.quoteId");
    }

    /** Huadong's application in favour of Suzhou. */
    public static Map<String, Object> application(int usanceDays) {
        return lcApplication(usanceDays, A, "SC-2026-0917");
    }

    /** Applied, issued and advised; returns the L/C id. */
    public static String advisedLc(int usanceDays) {
        String lcId =
                as("coreco.treasurer")
                        .body(application(usanceDays))
                        .post("/api/v1/lcs")
                        .then()
                        .statusCode(201)
                        .body("result.status", equalTo("APPLIED"))
                        .extract()
                        .path("result.lcId");
        as("bank1.officer")
                .post(LCS + lcId + "/issue")
                .then()
                .statusCode(200)
                .body("result.status", equalTo("ISSUED"));
        as("bank2.officer")
                .post(LCS + lcId + "/advice")
                .then()
                .statusCode(200)
                .body("result.status", equalTo("ADVISED"));
        return lcId;
    }

    /**
     * Suzhou presents {@code amount} against a freshly registered invoice; returns the
     * presentation's number.
     */
    public static int present(String lcId, long amount) {
        Map<String, Object> invoice = invoice();
        registered(invoice);
        return as("suzhou.clerk")
                .body(presentation(amount, invoice))
                .post(LCS + lcId + "/presentations")
                .then()
                .statusCode(201)
                .body("result.status", equalTo("PRESENTED"))
                .extract()
                .path("result.number");
    }

    public static void examine(String lcId, int n, List<String> discrepancies, String expected) {
        as("bank1.officer")
                .post(LCS + lcId + "/presentations/" + n + "/receipt")
                .then()
                .statusCode(200);
        as("bank1.officer")
                .body(Map.of("discrepancies", discrepancies))
                .post(LCS + lcId + "/presentations/" + n + "/examination")
                .then()
                .statusCode(200)
                .body("result.status", equalTo(expected));
    }

    public static void accept(String lcId, int n) {
        as("bank1.officer")
                .post(LCS + lcId + "/presentations/" + n + "/acceptance")
                .then()
                .statusCode(200)
                .body("result.status", equalTo("ACCEPTED"));
    }

    /** The ledger's height, as the regulator's read-only view reports it. */
    public static long ledgerHeight() {
        return as("regulator.auditor")
                .get("/api/v1/ledger")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("height");
    }
}
