package io.tradechain.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.Hashes;
import io.tradechain.ledger.Identity;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import io.tradechain.testkit.TestNetwork;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The supervision chaincode on a channel with the real party registry, blacklist, verification and
 * receivables: alerts are recorded in the asking organisation's name (its identity, never an
 * argument), re-checked against the ledger, read by the regulator only, filtered and paged.
 */
class SupervisionAlertsTest extends TestNetwork {
    static final Instant START = Instant.parse("2026-03-10T02:00:00Z");
    static final String SELLER = code("91320505MA1W3KT8X");
    static final String BUYER = code("91310115MA1K4HQ27");
    static final String OTHER = code("91330106MA2CF1L6N");

    final Identity corpClerk;

    SupervisionAlertsTest() {
        super(
                START,
                ChaincodeNames.PARTIES,
                ChaincodeNames.BLACKLIST,
                ChaincodeNames.VERIFICATION,
                ChaincodeNames.RECEIVABLES,
                ChaincodeNames.SUPERVISION);
        corpClerk = party(corpAdmin, SELLER, "Suzhou Precision Parts", "SUPPLIER", "seller-clerk");
        registerParty(corpAdmin, BUYER, "Huadong Heavy Equipment", "CORE_ENTERPRISE");
        registerParty(corpAdmin, OTHER, "Hangzhou United Steel", "SUPPLIER");
        registerParty(
                authorityAdmin, code("11310000MB2F0612X"), "Tax bureau", "AUTHORITY", taxOfficer);
    }

    @Test
    void aRefusedDuplicateFinancingIsRecordedInTheAskersNameAndOnlyTheRegulatorReadsIt() {
        Map<String, Object> invoice = invoice("00000001");
        String documentId = register(invoice);
        assertOk(lock(bank1, invoice, "B1-LOAN-1", 11_300_000));
        assertRefused(lock(bank2, invoice, "B2-LOAN-1", 5_000_000), "DUPLICATE_FINANCING");

        TxResult recorded =
                assertOk(
                        record(
                                bank2,
                                "ref-1",
                                documentAlert("DUPLICATE_FINANCING", documentId, "5000000")));
        String alertId = json(recorded).get("alertId").asText();
        assertThat(alertId).isEqualTo(recorded.txId());
        assertThat(recorded.event())
                .hasValueSatisfying(
                        e -> {
                            assertThat(e.eventName()).isEqualTo("supervision.AlertRecorded");
                            String payload =
                                    new String(
                                            e.payload(), java.nio.charset.StandardCharsets.UTF_8);
                            assertThat(payload)
                                    .contains(alertId)
                                    .contains("RegulatorMSP")
                                    .doesNotContain(documentId)
                                    .doesNotContain("DUPLICATE");
                        });

        JsonNode alert =
                json(
                        assertOk(
                                ledger.evaluate(
                                        Invocation.of(
                                                regulator, "supervision", "GetAlert", alertId))));
        assertThat(alert.get("code").asText()).isEqualTo("DUPLICATE_FINANCING");
        assertThat(alert.get("askingMsp").asText()).isEqualTo("Bank2MSP");
        assertThat(alert.get("askerHash").asText()).isEqualTo(Hashes.sha256Hex(bank2.clientId()));
        assertThat(alert.get("documentHash").asText()).isEqualTo(Hashes.sha256Hex(documentId));
        assertThat(alert.get("requested").get("minorUnits").asLong()).isEqualTo(5_000_000);
        assertThat(alert.get("requested").get("currency").asText()).isEqualTo("CNY");
        assertThat(alert.get("confirmed").asBoolean()).isTrue();
        assertThat(alert.get("recordedAt").asText()).isEqualTo("2026-03-10T02:00:00.000Z");
        assertThat(alert.toString()).doesNotContain(documentId).doesNotContain("Suzhou");

        for (Identity other : List.of(bank1, bank2, corpClerk, taxOfficer)) {
            assertRefused(
                    ledger.evaluate(Invocation.of(other, "supervision", "GetAlert", alertId)),
                    "REGULATOR_ONLY");
            assertRefused(
                    ledger.evaluate(
                            Invocation.of(
                                    other, "supervision", "ListAlerts", "", "", "", "", "", "")),
                    "REGULATOR_ONLY");
        }
    }

    @Test
    void theAskingOrganisationComesFromTheIdentityNotFromTheInput() {
        Map<String, Object> invoice = invoice("00000002");
        String documentId = register(invoice);
        assertOk(lock(bank1, invoice, "B1-LOAN-2", 11_300_000));
        Map<String, Object> input = documentAlert("DUPLICATE_FINANCING", documentId, "100000");
        input.put("askingMsp", "Bank1MSP");
        assertRefused(record(bank2, "ref-2", input), "INVALID_ARGUMENT");
        input.remove("askingMsp");
        String alertId = json(assertOk(record(bank2, "ref-2", input))).get("alertId").asText();
        JsonNode alert =
                json(
                        assertOk(
                                ledger.evaluate(
                                        Invocation.of(
                                                regulator, "supervision", "GetAlert", alertId))));
        assertThat(alert.get("askingMsp").asText()).isEqualTo("Bank2MSP");
    }

    @Test
    void theRecheckRefusesAFakeAlert() {
        Map<String, Object> invoice = invoice("00000003");
        String documentId = register(invoice);
        assertOk(lock(bank1, invoice, "B1-LOAN-3", 5_000_000));
        // 63,000.00 is left: a financing of 60,000.00 would not have been refused
        assertRefused(
                record(
                        bank2,
                        "fake-1",
                        documentAlert("DUPLICATE_FINANCING", documentId, "6000000")),
                "ALERT_NOT_CONFIRMED");
        assertRefused(
                record(bank2, "fake-2", documentAlert("OVER_FINANCING", documentId, "11300000")),
                "ALERT_NOT_CONFIRMED");
        assertRefused(
                record(
                        bank2,
                        "fake-3",
                        documentAlert("DOCUMENT_ALREADY_BACKING", documentId, "100000")),
                "ALERT_NOT_CONFIRMED");
        assertRefused(
                record(
                        bank2,
                        "fake-4",
                        documentAlert("DUPLICATE_FINANCING", "ab".repeat(32), "100")),
                "ALERT_NOT_CONFIRMED");
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("code", "PARTY_BLACKLISTED");
        party.put("function", "letterofcredit.IssueLc");
        party.put("creditCode", OTHER);
        assertRefused(record(bank1, "fake-5", party), "ALERT_NOT_CONFIRMED");
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("code", "CREDIT_LINE_EXCEEDED");
        line.put("function", "receivables.IssueCertificate");
        line.put("lineId", "Bank1MSP:" + BUYER);
        line.put("requested", "100");
        assertRefused(record(corpClerk, "fake-6", line), "LINE_NOT_FOUND");
        // what holds is accepted: 63,000.01 is more than the balance
        assertOk(
                record(
                        bank2,
                        "true-1",
                        documentAlert("DUPLICATE_FINANCING", documentId, "6300001")));
        assertOk(record(bank2, "true-2", documentAlert("OVER_FINANCING", documentId, "11300001")));
        // a client cannot ask the verification chaincode directly
        assertRefused(
                ledger.evaluate(
                        Invocation.of(
                                bank2,
                                "verification",
                                "ConfirmRefusal",
                                "DUPLICATE_FINANCING",
                                documentId,
                                "1.00")),
                "PRODUCT_CALL_REQUIRED");
        // and the regulator records nothing
        assertRefused(
                record(
                        regulator,
                        "reg-1",
                        documentAlert("DUPLICATE_FINANCING", documentId, "6300001")),
                "READ_ONLY_ORGANISATION");
    }

    @Test
    void aBlacklistHitIsConfirmedByTheBlacklist() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("creditCode", OTHER);
        report.put("category", "LOAN_DEFAULT");
        report.put("reason", "working-capital loan unpaid 90 days after maturity");
        report.put(
                "evidenceHash", "3b1f0c6a9d2e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c");
        report.put("amountInDefault", Map.of("currency", "CNY", "minorUnits", 50_000_000));
        report.put("reportDate", "2026-03-10");
        assertOk(
                ledger.submit(
                        Invocation.builder(bank1, "blacklist", "ReportParty")
                                .transientData("report", CanonicalJson.toJson(report))
                                .build()));
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("code", "PARTY_BLACKLISTED");
        party.put("function", "letterofcredit.IssueLc");
        party.put("creditCode", OTHER);
        String alertId = json(assertOk(record(bank2, "bl-1", party))).get("alertId").asText();
        JsonNode alert =
                json(
                        assertOk(
                                ledger.evaluate(
                                        Invocation.of(
                                                regulator, "supervision", "GetAlert", alertId))));
        assertThat(alert.get("partyHash").asText()).isEqualTo(Hashes.sha256Hex(OTHER));
        assertThat(alert.get("confirmed").asBoolean()).isTrue();
        assertThat(alert.has("requested")).isFalse();
        assertThat(alert.toString()).doesNotContain(OTHER);
    }

    @Test
    void aRetryUnderTheSameReferenceAnswersTheFirstAlert() {
        Map<String, Object> invoice = invoice("00000004");
        String documentId = register(invoice);
        assertOk(lock(bank1, invoice, "B1-LOAN-4", 11_300_000));
        Map<String, Object> input = documentAlert("DUPLICATE_FINANCING", documentId, "1000");
        String first = json(assertOk(record(bank2, "same", input))).get("alertId").asText();
        JsonNode again = json(assertOk(record(bank2, "same", input)));
        assertThat(again.get("alertId").asText()).isEqualTo(first);
        assertThat(again.get("replayed").asBoolean()).isTrue();
        // another organisation's reference space is its own
        assertThat(json(assertOk(record(bank1, "same", input))).get("alertId").asText())
                .isNotEqualTo(first);
        assertThat(list("", "", "", "", "50", "").get("items")).hasSize(2);
    }

    @Test
    void theRegulatorFiltersByCodeOrganisationAndTimeAndPages() {
        Map<String, Object> invoice = invoice("00000005");
        String documentId = register(invoice);
        assertOk(lock(bank1, invoice, "B1-LOAN-5", 11_300_000));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Identity who = i % 2 == 0 ? bank2 : bank1;
            String code = i < 3 ? "DUPLICATE_FINANCING" : "OVER_FINANCING";
            String amount = i < 3 ? "100" : "20000000";
            ids.add(
                    json(assertOk(record(who, "r" + i, documentAlert(code, documentId, amount))))
                            .get("alertId")
                            .asText());
            clock.advance(Duration.ofHours(1));
        }
        assertThat(texts(list("", "", "", "", "", "").get("items"), "alertId"))
                .containsExactlyElementsOf(ids);
        assertThat(texts(list("DUPLICATE_FINANCING", "", "", "", "", "").get("items"), "alertId"))
                .containsExactlyElementsOf(ids.subList(0, 3));
        assertThat(texts(list("", "Bank2MSP", "", "", "", "").get("items"), "alertId"))
                .containsExactly(ids.get(0), ids.get(2), ids.get(4));
        assertThat(
                        texts(
                                list("DUPLICATE_FINANCING", "Bank1MSP", "", "", "", "")
                                        .get("items"),
                                "alertId"))
                .containsExactly(ids.get(1));
        assertThat(
                        texts(
                                list("", "", "2026-03-10T03:00:00Z", "2026-03-10T05:00:00Z", "", "")
                                        .get("items"),
                                "alertId"))
                .containsExactly(ids.get(1), ids.get(2));
        assertThat(texts(list("", "", "2026-03-10T04:00:00Z", "", "", "").get("items"), "alertId"))
                .containsExactly(ids.get(2), ids.get(3), ids.get(4));

        List<String> paged = new ArrayList<>();
        String bookmark = "";
        int pages = 0;
        do {
            JsonNode page = list("", "", "", "", "2", bookmark);
            paged.addAll(texts(page.get("items"), "alertId"));
            bookmark = page.get("bookmark").asText();
            pages++;
        } while (!bookmark.isEmpty());
        assertThat(paged).containsExactlyElementsOf(ids);
        assertThat(pages).isEqualTo(3);

        String otherFilterBookmark = list("", "", "", "", "2", "").get("bookmark").asText();
        assertThat(otherFilterBookmark).startsWith("v1.");
        assertRefused(
                ledger.evaluate(
                        Invocation.of(
                                regulator,
                                "supervision",
                                "ListAlerts",
                                "OVER_FINANCING",
                                "",
                                "",
                                "",
                                "2",
                                otherFilterBookmark)),
                "INVALID_CURSOR");
        // a raw index key is no cursor, even of this very list
        assertRefused(
                ledger.evaluate(
                        Invocation.of(
                                regulator,
                                "supervision",
                                "ListAlerts",
                                "",
                                "",
                                "",
                                "",
                                "2",
                                "t|2026-03-10T04:00:00Z|" + ids.get(2))),
                "INVALID_CURSOR");
        assertRefused(
                ledger.evaluate(
                        Invocation.of(
                                regulator,
                                "supervision",
                                "ListAlerts",
                                "NOT_A_CODE",
                                "",
                                "",
                                "",
                                "",
                                "")),
                "INVALID_ARGUMENT");
        assertRefused(
                ledger.evaluate(
                        Invocation.of(
                                regulator, "supervision", "ListAlerts", "", "", "", "", "500", "")),
                "PAGE_SIZE_OUT_OF_RANGE");
    }

    // ---- helpers
    // ------------------------------------------------------------------------------------------

    JsonNode list(
            String code, String msp, String from, String to, String pageSize, String bookmark) {
        return json(
                assertOk(
                        ledger.evaluate(
                                Invocation.of(
                                        regulator,
                                        "supervision",
                                        "ListAlerts",
                                        code,
                                        msp,
                                        from,
                                        to,
                                        pageSize,
                                        bookmark))));
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    TxResult record(Identity who, String ref, Map<String, Object> input) {
        return ledger.submit(
                Invocation.builder(who, "supervision", "RecordAlert")
                        .args(ref)
                        .transientData("alert", CanonicalJson.toJson(input))
                        .build());
    }

    static Map<String, Object> documentAlert(String code, String documentId, String requested) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("code", code);
        input.put("function", "verification.LockAmount");
        input.put("documentId", documentId);
        input.put("requested", requested);
        return input;
    }

    String register(Map<String, Object> invoice) {
        return json(assertOk(
                        ledger.submit(
                                Invocation.builder(taxOfficer, "verification", "RegisterInvoice")
                                        .transientData("invoice", CanonicalJson.toJson(invoice))
                                        .build())))
                .get("documentId")
                .asText();
    }

    TxResult lock(Identity bank, Map<String, Object> invoice, String ref, long minorUnits) {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("type", "INVOICE");
        typed.putAll(invoice);
        return ledger.submit(
                Invocation.builder(bank, "verification", "LockAmount")
                        .args(
                                ref,
                                CanonicalJson.toJson(
                                        Map.of("currency", "CNY", "minorUnits", minorUnits)))
                        .transientData("document", CanonicalJson.toJson(typed))
                        .build());
    }

    /** CNY 100,000.00 plus 13% tax. */
    static Map<String, Object> invoice(String number) {
        return io.tradechain.testkit.TestDocuments.vatInvoice(
                "3200194130",
                number,
                "10293847561029384756",
                SELLER,
                BUYER,
                10_000_000,
                1_300_000,
                "2026-03-09");
    }
}
