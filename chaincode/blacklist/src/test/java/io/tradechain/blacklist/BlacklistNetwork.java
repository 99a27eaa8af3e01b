package io.tradechain.blacklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ErrorInfo;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.testkit.ChaincodeDefinition;
import io.tradechain.testkit.CollectionConfig;
import io.tradechain.testkit.Endorsement;
import io.tradechain.testkit.Identity;
import io.tradechain.testkit.InMemoryLedger;
import io.tradechain.testkit.Invocation;
import io.tradechain.testkit.TestClock;
import io.tradechain.testkit.TxResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A channel with the real party registry ({@code parties}), the blacklist ({@code blacklist}, with a test-only state
 * scanner contract inside it and its collections from collections.json) and a probe chaincode that uses
 * {@link BlacklistCheck}; the network's organisations with identities bound to their parties.
 */
final class BlacklistNetwork {
    static final Instant START = Instant.parse("2026-03-01T08:30:00Z");
    static final String TODAY = "2026-03-01";
    static final String CORE_CO = "91310000MA1FL0C0R8";
    static final String SUPPLIER_A = "91440300MA55UPPLYQ";
    static final String SUPPLIER_B = "91320500MA15UPPLYB";
    static final String TAX_BUREAU = "11100000000TAXBURC";
    static final String EVIDENCE = "3b1f0c6a9d2e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c";
    static final String[] BANK_PEERS = {Organisations.BANK1_MSP, Organisations.BANK2_MSP};

    final TestClock clock = new TestClock(START);
    final InMemoryLedger ledger = InMemoryLedger.builder().clock(clock).build();
    final Identity bank1;
    final Identity bank1Other;
    final Identity bank2;
    final Identity regulator;
    final Identity coreCoTreasurer;
    final Identity supplierAClerk;
    final Identity unboundCorpClerk;
    final Identity corpAdmin;
    final Identity taxOfficer;

    BlacklistNetwork() {
        ledger.deploy(ChaincodeDefinition.builder("parties").contractPackages("io.tradechain.parties").build());
        ledger.deploy(ChaincodeDefinition.builder("blacklist")
                .contractPackages("io.tradechain.blacklist", "io.tradechain.blacklistscan")
                .collections(collections()).build());
        ledger.deploy(ChaincodeDefinition.builder("probe").contractPackages("io.tradechain.blacklistprobe").build());
        bank1 = ledger.msp(Organisations.BANK1_MSP).client("bank1-risk-officer");
        bank1Other = ledger.msp(Organisations.BANK1_MSP).client("bank1-branch-officer");
        bank2 = ledger.msp(Organisations.BANK2_MSP).client("bank2-risk-officer");
        regulator = ledger.msp(Organisations.REGULATOR_MSP).client("regulator-auditor");
        corpAdmin = ledger.msp(Organisations.CORP_MSP).admin("corp-admin");
        coreCoTreasurer = ledger.msp(Organisations.CORP_MSP).client("coreco-treasurer");
        supplierAClerk = ledger.msp(Organisations.CORP_MSP).client("suppliera-clerk");
        unboundCorpClerk = ledger.msp(Organisations.CORP_MSP).client("nobody-in-particular");
        Identity taxAdmin = ledger.msp(Organisations.AUTHORITY_MSP).admin("tax-admin");
        taxOfficer = ledger.msp(Organisations.AUTHORITY_MSP).client("tax-officer");

        registerAndBind(corpAdmin, CORE_CO, "CoreCo", "CORE_ENTERPRISE", coreCoTreasurer);
        registerAndBind(corpAdmin, SUPPLIER_A, "Supplier A", "SUPPLIER", supplierAClerk);
        registerAndBind(taxAdmin, TAX_BUREAU, "Tax bureau", "AUTHORITY", taxOfficer);
    }

    static List<CollectionConfig> collections() {
        try (InputStream in = BlacklistNetwork.class.getResourceAsStream(BlacklistCollections.RESOURCE)) {
            assertThat(in).as("collections.json on the classpath").isNotNull();
            return CollectionConfig.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void registerAndBind(Identity admin, String code, String name, String kind, Identity clerk) {
        assertOk(ledger.submit(Invocation.of(admin, "parties", "RegisterParty", code, name, kind)));
        assertOk(ledger.submit(Invocation.of(admin, "parties", "BindIdentity", code, clerk.clientId())));
    }

    // ---- inputs -------------------------------------------------------------------------------------------

    /** A report input as a bank's gateway would put it in the transient map; change fields with {@code with}. */
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

    // ---- transactions -------------------------------------------------------------------------------------

    Invocation reportInvocation(Identity bank, Map<String, Object> input) {
        return Invocation.builder(bank, "blacklist", "ReportParty")
                .transientData(ReportValidation.REPORT, json(input))
                .endorsingOrganizations(BANK_PEERS).build();
    }

    TxResult report(Identity bank, Map<String, Object> input) {
        return ledger.submit(reportInvocation(bank, input));
    }

    TxResult reportRaw(Identity bank, String transientJson) {
        return ledger.submit(Invocation.builder(bank, "blacklist", "ReportParty")
                .transientData(ReportValidation.REPORT, transientJson)
                .endorsingOrganizations(BANK_PEERS).build());
    }

    /** Files a report and returns its id; fails the test if refused. */
    String reported(Identity bank, String code, String category) {
        return assertOk(report(bank, reportInput(code, category))).txId();
    }

    TxResult withReason(Identity who, String function, String transientKey, String reportId, String reason) {
        return ledger.submit(Invocation.builder(who, "blacklist", function).args(reportId)
                .transientData(transientKey, json(Map.of("reason", reason)))
                .endorsingOrganizations(BANK_PEERS).build());
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

    // ---- assertions ---------------------------------------------------------------------------------------

    static JsonNode json(TxResult result) {
        try {
            return CanonicalJson.mapper().readTree(result.payload());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TxResult assertOk(TxResult result) {
        assertThat(result.isSuccess())
                .as("expected success but got status %d: %s", result.status(), result.message())
                .isTrue();
        return result;
    }

    /** Refused by the chaincode with this code, in the message (as a peer relays it) and in the payload. */
    static ErrorInfo assertRefused(TxResult result, String code) {
        assertThat(result.isSuccess()).as("expected refusal %s but it succeeded", code).isFalse();
        assertThat(result.isEndorsed()).isFalse();
        ErrorInfo fromMessage = ErrorInfo.fromMessage(result.message()).orElseThrow(
                () -> new AssertionError("no error code in message: " + result.message()));
        assertThat(fromMessage.code()).as(result.message()).isEqualTo(code);
        ErrorInfo fromPayload = ErrorInfo.fromPayload(result.payload()).orElseThrow();
        assertThat(fromPayload.code()).isEqualTo(code);
        assertThat(fromPayload.kind()).isEqualTo(fromMessage.kind());
        return fromPayload;
    }
}
