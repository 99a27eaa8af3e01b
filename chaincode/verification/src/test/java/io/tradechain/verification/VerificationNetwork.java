package io.tradechain.verification;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.ledger.Endorsement;
import io.tradechain.ledger.Identity;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import io.tradechain.testkit.TestDocuments;
import io.tradechain.testkit.TestNetwork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A channel with the real party registry, the real blacklist and the verification chaincode
 * (collections from their collections.json files); identities of the authority, both banks, the
 * regulator and enterprises bound to parties.
 */
final class VerificationNetwork extends TestNetwork {
    static final Instant START = Instant.parse("2026-03-10T02:00:00Z");
    static final String TODAY = "2026-03-10";
    static final String SELLER = code("91320505MA1W3KT8X");
    static final String BUYER = code("91310115MA1K4HQ27");
    static final String EXPORTER = code("91440300MA5G2XU03");
    static final String OTHER_CORP = code("91330106MA2CF1L6N");
    static final String TAX_BUREAU = code("11310000MB2F0612X");

    final Identity sellerClerk;
    final Identity exporterClerk;
    final Identity otherClerk;
    final Identity unboundClerk;

    VerificationNetwork() {
        super(START, ChaincodeNames.PARTIES, ChaincodeNames.BLACKLIST, ChaincodeNames.VERIFICATION);
        unboundClerk = client(Organisations.CORP_MSP, "unbound-clerk");
        sellerClerk =
                party(corpAdmin, SELLER, "Suzhou Precision Parts", "SUPPLIER", "seller-clerk");
        registerParty(corpAdmin, BUYER, "Huadong Heavy Equipment", "CORE_ENTERPRISE");
        exporterClerk =
                party(corpAdmin, EXPORTER, "Qianhai Export Trading", "SUPPLIER", "exporter-clerk");
        otherClerk =
                party(corpAdmin, OTHER_CORP, "Hangzhou United Steel", "SUPPLIER", "other-clerk");
        registerParty(authorityAdmin, TAX_BUREAU, "Tax bureau", "AUTHORITY", taxOfficer);
    }

    // ---- documents
    // ----------------------------------------------------------------------------------------

    /**
     * A VAT special invoice: CNY 100,000.00 plus 13% tax, issued the day before the network's
     * start.
     */
    static Map<String, Object> invoice(String number) {
        return TestDocuments.vatInvoice(
                "3200194130",
                number,
                "10293847561029384756",
                SELLER,
                BUYER,
                10_000_000,
                1_300_000,
                "2026-03-09");
    }

    /** An export declaration of USD 250,000.00. */
    static Map<String, Object> declaration(String number) {
        Map<String, Object> declaration = new LinkedHashMap<>();
        declaration.put("declarationNumber", number);
        declaration.put("exporterCode", EXPORTER);
        declaration.put("amount", money("USD", 25_000_000));
        declaration.put("declarationDate", "2026-03-05");
        return declaration;
    }

    /** The same input typed for a batch or a lock. */
    static Map<String, Object> typed(String type, Map<String, Object> fields) {
        return TestDocuments.typed(type, fields);
    }

    static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(input);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return copy;
    }

    static Map<String, Object> money(String currency, long minorUnits) {
        return TestDocuments.money(currency, minorUnits);
    }

    static String json(Object value) {
        return CanonicalJson.toJson(value);
    }

    static String invoiceId(Map<String, Object> invoice) {
        return DocumentFields.documentId(
                "INVOICE|" + invoice.get("invoiceCode") + "|" + invoice.get("invoiceNumber"));
    }

    static String declarationId(Map<String, Object> declaration) {
        return DocumentFields.documentId(
                "CUSTOMS_DECLARATION|" + declaration.get("declarationNumber"));
    }

    // ---- transactions
    // -------------------------------------------------------------------------------------

    TxResult registerInvoice(Identity who, Map<String, Object> invoice) {
        return ledger.submit(
                Invocation.builder(who, "verification", "RegisterInvoice")
                        .transientData(Inputs.INVOICE, json(invoice))
                        .build());
    }

    TxResult registerDeclaration(Identity who, Map<String, Object> declaration) {
        return ledger.submit(
                Invocation.builder(who, "verification", "RegisterDeclaration")
                        .transientData(Inputs.DECLARATION, json(declaration))
                        .build());
    }

    /** Registers an invoice and returns its id; fails the test if refused. */
    String registered(Map<String, Object> invoice) {
        return json(assertOk(registerInvoice(taxOfficer, invoice))).get("documentId").asText();
    }

    TxResult verify(Identity who, List<Map<String, Object>> documents) {
        return ledger.evaluate(
                Invocation.builder(who, "verification", "Verify")
                        .transientData(Inputs.DOCUMENTS, json(documents))
                        .build());
    }

    /** Verifies one invoice and returns its result node. */
    JsonNode verifyInvoice(Map<String, Object> invoice) {
        JsonNode answer = json(assertOk(verify(bank1, List.of(typed("INVOICE", invoice)))));
        return answer.get("results").get(0);
    }

    Invocation lockInvocation(
            Identity bank,
            String type,
            Map<String, Object> fields,
            String ref,
            long minorUnits,
            String currency) {
        return Invocation.builder(bank, "verification", "LockAmount")
                .args(ref, json(money(currency, minorUnits)))
                .transientData(Inputs.DOCUMENT, json(typed(type, fields)))
                .build();
    }

    TxResult lock(Identity bank, Map<String, Object> invoice, String ref, long minorUnits) {
        return ledger.submit(lockInvocation(bank, "INVOICE", invoice, ref, minorUnits, "CNY"));
    }

    TxResult release(Identity bank, String documentId, String ref) {
        return ledger.submit(
                Invocation.of(
                        bank,
                        "verification",
                        "ReleaseLock",
                        documentId,
                        ref,
                        "financing application withdrawn"));
    }

    TxResult repay(Identity bank, String documentId, String ref, long minorUnits) {
        return ledger.submit(
                Invocation.of(
                        bank,
                        "verification",
                        "RecordRepayment",
                        documentId,
                        ref,
                        json(money("CNY", minorUnits))));
    }

    TxResult authorise(Identity who, String bankMsp, String expiresOn) {
        return ledger.submit(
                Invocation.of(who, "verification", "AuthoriseBank", bankMsp, expiresOn));
    }

    TxResult revoke(Identity who, String bankMsp) {
        return ledger.submit(Invocation.of(who, "verification", "RevokeAuthorisation", bankMsp));
    }

    TxResult evaluate(Identity who, String function, String... args) {
        return ledger.evaluate(Invocation.of(who, "verification", function, args));
    }

    JsonNode document(Identity who, String documentId) {
        return json(assertOk(evaluate(who, "GetDocument", documentId))).get("document");
    }

    Endorsement endorse(Invocation invocation) {
        return ledger.endorse(invocation);
    }

    /** Bank1 files a blacklist report on a party and returns the report id. */
    String blacklist(String creditCode) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("creditCode", creditCode);
        report.put("category", "LOAN_DEFAULT");
        report.put("reason", "working-capital loan unpaid 90 days after maturity");
        report.put(
                "evidenceHash", "3b1f0c6a9d2e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c");
        report.put("amountInDefault", money("CNY", 50_000_000));
        report.put("reportDate", TODAY);
        return assertOk(
                        ledger.submit(
                                Invocation.builder(bank1, "blacklist", "ReportParty")
                                        .transientData("report", json(report))
                                        .build()))
                .txId();
    }

    void delist(String reportId) {
        assertOk(
                ledger.submit(
                        Invocation.builder(bank1, "blacklist", "Delist")
                                .args(reportId)
                                .transientData(
                                        "delisting", json(Map.of("reason", "loan repaid in full")))
                                .build()));
    }

    static List<Map<String, Object>> list(Map<String, Object> one) {
        List<Map<String, Object>> list = new ArrayList<>();
        list.add(one);
        return list;
    }
}
