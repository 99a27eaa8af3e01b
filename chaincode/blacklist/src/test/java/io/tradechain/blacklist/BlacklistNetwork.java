package io.tradechain.blacklist;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.blacklistscan.StateScanContract;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.ledger.ChaincodeDefinition;
import io.tradechain.ledger.ChaincodeRegistry;
import io.tradechain.ledger.Endorsement;
import io.tradechain.ledger.Identity;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import io.tradechain.testkit.TestNetwork;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A channel with the real party registry ({@code parties}), the blacklist ({@code blacklist}, with
 * a test-only state scanner contract inside it and its collections from collections.json) and a
 * probe chaincode that uses {@link BlacklistCheck}; the network's organisations with identities
 * bound to their parties.
 */
final class BlacklistNetwork extends TestNetwork {
    static final Instant START = Instant.parse("2026-03-01T08:30:00Z");
    static final String TODAY = "2026-03-01";
    static final String CORE_CO = "91310000MA1FL0C0R8";
    static final String SUPPLIER_A = "91440300MA55UPPLYQ";
    static final String SUPPLIER_B = "91320500MA15UPPLYB";
    static final String TAX_BUREAU = "11100000000TAXBURC";
    static final String EVIDENCE =
            "3b1f0c6a9d2e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c";
    static final String[] BANK_PEERS = {Organisations.BANK1_MSP, Organisations.BANK2_MSP};

    final Identity bank1Other;
    final Identity coreCoTreasurer;
    final Identity supplierAClerk;
    final Identity unboundCorpClerk;

    BlacklistNetwork() {
        super(START, ChaincodeNames.PARTIES);
        // the blacklist with a test-only state scanner contract inside its namespace
        deploy(
                ChaincodeRegistry.load()
                        .entry(ChaincodeNames.BLACKLIST)
                        .builder(ChaincodeNames.BLACKLIST)
                        .contractClasses(StateScanContract.class)
                        .build());
        deploy(
                ChaincodeDefinition.builder("probe")
                        .contractPackages("io.tradechain.blacklistprobe")
                        .build());
        bank1Other = client(Organisations.BANK1_MSP, "bank1-branch-officer");
        unboundCorpClerk = client(Organisations.CORP_MSP, "nobody-in-particular");
        coreCoTreasurer =
                party(corpAdmin, CORE_CO, "CoreCo", "CORE_ENTERPRISE", "coreco-treasurer");
        supplierAClerk = party(corpAdmin, SUPPLIER_A, "Supplier A", "SUPPLIER", "suppliera-clerk");
        registerParty(authorityAdmin, TAX_BUREAU, "Tax bureau", "AUTHORITY", taxOfficer);
    }

    // ---- inputs
    // -------------------------------------------------------------------------------------------

    /**
     * A report input as a bank's gateway would put it in the transient map; change fields with
     * {@code with}.
     */
    static Map<String, Object> reportInput(String code, String category) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("creditCode", code);
        report.put("category", category);
        report.put("reason", "Working-capital loan 2025-0042 unpaid 90 days after maturity");
        report.put("evidenceHash", EVIDENCE);
        report.put("amountInDefault", Map.of("currency", "CNY", "minorUnits", 120_000_000L));
        report.put("reportDate", "2026-02-27");
        return report;
    }

    static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(input);
        copy.put(field, value);
        return copy;
    }

    static String json(Object value) {
        return CanonicalJson.toJson(value);
    }

    // ---- transactions
    // -------------------------------------------------------------------------------------

    Invocation reportInvocation(Identity bank, Map<String, Object> input) {
        return Invocation.builder(bank, "blacklist", "ReportParty")
                .transientData(ReportValidation.REPORT, json(input))
                .endorsingOrganizations(BANK_PEERS)
                .build();
    }

    TxResult report(Identity bank, Map<String, Object> input) {
        return ledger.submit(reportInvocation(bank, input));
    }

    TxResult reportRaw(Identity bank, String transientJson) {
        return ledger.submit(
                Invocation.builder(bank, "blacklist", "ReportParty")
                        .transientData(ReportValidation.REPORT, transientJson)
                        .endorsingOrganizations(BANK_PEERS)
                        .build());
    }

    /** Files a report and returns its id; fails the test if refused. */
    String reported(Identity bank, String code, String category) {
        return assertOk(report(bank, reportInput(code, category))).txId();
    }

    TxResult withReason(
            Identity who, String function, String transientKey, String reportId, String reason) {
        return ledger.submit(
                Invocation.builder(who, "blacklist", function)
                        .args(reportId)
                        .transientData(transientKey, json(Map.of("reason", reason)))
                        .endorsingOrganizations(BANK_PEERS)
                        .build());
    }

    TxResult appeal(Identity who, String reportId, String reason) {
        return withReason(who, "Appeal", ReportValidation.APPEAL, reportId, reason);
    }

    TxResult rejectAppeal(Identity who, String reportId, String reason) {
        return withReason(who, "RejectAppeal", ReportValidation.APPEAL_REJECTION, reportId, reason);
    }

    TxResult delist(Identity who, String reportId, String reason) {
        return withReason(who, "Delist", ReportValidation.DELISTING, reportId, reason);
    }

    TxResult evaluate(Identity who, String function, String... args) {
        return ledger.evaluate(Invocation.of(who, "blacklist", function, args));
    }

    /** Evaluates, asserts success and reads the JSON answer. */
    JsonNode query(Identity who, String function, String... args) {
        return json(assertOk(evaluate(who, function, args)));
    }

    JsonNode check(String code) {
        return query(bank1, "CheckParty", code);
    }

    Endorsement endorse(Invocation invocation) {
        return ledger.endorse(invocation);
    }
}
