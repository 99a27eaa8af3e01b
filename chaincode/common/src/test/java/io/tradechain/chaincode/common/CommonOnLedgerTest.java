package io.tradechain.chaincode.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.testkit.ChaincodeDefinition;
import io.tradechain.testkit.CollectionConfig;
import io.tradechain.testkit.Identity;
import io.tradechain.testkit.InMemoryLedger;
import io.tradechain.testkit.Invocation;
import io.tradechain.testkit.TxResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The library through a real contract router on the in-memory ledger. */
class CommonOnLedgerTest {
    private final InMemoryLedger ledger = InMemoryLedger.create();
    private final Identity clerk;
    private final Identity admin;
    private final Identity regulator;

    CommonOnLedgerTest() {
        ledger.deploy(ChaincodeDefinition.builder("commontest")
                .contractPackages("io.tradechain.chaincode.common.fixture")
                .collection(CollectionConfig.of("terms", "Bank1MSP", "RegulatorMSP")).build());
        clerk = ledger.msp("Bank1MSP").client("clerk", Map.of("dept", "trade"));
        admin = ledger.msp("Bank1MSP").admin("root");
        regulator = ledger.msp("RegulatorMSP").client("auditor");
    }

    private TxResult submit(Identity who, String fn, String... args) {
        return ledger.submit(Invocation.of(who, "commontest", fn, args));
    }

    private JsonNode query(String fn, String... args) throws Exception {
        TxResult r = ledger.evaluate(Invocation.of(clerk, "commontest", fn, args));
        assertThat(r.isSuccess()).as(r.message()).isTrue();
        return CanonicalJson.mapper().readTree(r.payload());
    }

    private static String code(TxResult r) {
        return ErrorInfo.fromMessage(r.message()).map(ErrorInfo::code).orElse(r.message());
    }

    @Test
    void insertGetDeleteAndHistory() throws Exception {
        assertThat(submit(clerk, "Create", "INV-1", "B1", "1000").isSuccess()).isTrue();
        assertThat(query("Get", "INV-1").get("amount").get("minorUnits").asLong()).isEqualTo(1000);
        assertThat(code(submit(clerk, "Create", "INV-1", "B1", "5"))).isEqualTo("ALREADY_EXISTS");
        assertThat(submit(clerk, "Delete", "INV-1").isSuccess()).isTrue();
        TxResult missing = ledger.evaluate(Invocation.of(clerk, "commontest", "Get", "INV-1"));
        assertThat(code(missing)).isEqualTo("NOT_FOUND");
        JsonNode history = query("History", "INV-1");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("deleted").asBoolean()).isTrue();
        assertThat(history.get(1).get("value").get("buyer").asText()).isEqualTo("B1");
    }

    @Test
    void listsAndIndexesPageThroughBookmarks() throws Exception {
        for (int i = 0; i < 12; i++) {
            submit(clerk, "Create", String.format("INV-%02d", i), i % 2 == 0 ? "EVEN" : "ODD", "1");
        }
        List<String> all = new ArrayList<>();
        String bookmark = "";
        do {
            JsonNode page = query("List", "5", bookmark);
            page.get("items").forEach(n -> all.add(n.get("id").asText()));
            bookmark = page.get("bookmark").asText();
        } while (!bookmark.isEmpty());
        assertThat(all).hasSize(12).isSorted().doesNotHaveDuplicates();

        JsonNode even = query("ByBuyer", "EVEN", "4", "");
        assertThat(even.get("items")).hasSize(4);
        assertThat(even.get("items").get(0).asText()).isEqualTo("INV-00");
        JsonNode rest = query("ByBuyer", "EVEN", "4", even.get("bookmark").asText());
        assertThat(rest.get("items")).hasSize(2);
        assertThat(rest.get("bookmark").asText()).isEmpty();

        TxResult firstTwo = submit(clerk, "FirstOfBuyer", "ODD", "2");
        assertThat(firstTwo.isSuccess()).isTrue();
        assertThat(firstTwo.payloadAsString()).isEqualTo("INV-01,INV-03");
    }

    @Test
    void oneEventPerTransaction() {
        TxResult created = submit(clerk, "Create", "INV-9", "B", "1");
        ChaincodeEventPayload payload = ChaincodeEventPayload.parse(created.event().orElseThrow().payload());
        assertThat(created.event().orElseThrow().eventName()).isEqualTo("test.InvoiceCreated");
        assertThat(payload.ids()).containsEntry("id", "INV-9");
        assertThat(payload.txId()).isEqualTo(created.txId());
        assertThat(submit(clerk, "CreateTwoEvents").isEndorsed()).isFalse();
    }

    @Test
    void callerComesFromTheCertificate() throws Exception {
        String[] parts = ledger.evaluate(Invocation.of(clerk, "commontest", "WhoCalls")).payloadAsString()
                .split("\\|");
        assertThat(parts).containsExactly("Bank1MSP", "clerk", "false", "trade", clerk.clientId());
        assertThat(ledger.evaluate(Invocation.of(admin, "commontest", "WhoCalls")).payloadAsString())
                .contains("|true|");
        assertThat(code(submit(clerk, "AdminOnly"))).isEqualTo("NOT_ADMIN");
        assertThat(submit(admin, "AdminOnly").isSuccess()).isTrue();
        assertThat(code(submit(ledger.msp("CorpMSP").admin("root"), "AdminOnly"))).isEqualTo("WRONG_ORGANISATION");
        assertThat(code(submit(regulator, "Create", "INV-R", "B", "1"))).isEqualTo("READ_ONLY_ORGANISATION");
    }

    @Test
    void privateStoreKeepsValuesForMembersAndHashesForAll() {
        assertThat(code(submit(clerk, "PutTerms", "T1"))).isEqualTo("MISSING_TRANSIENT");
        TxResult put = ledger.submit(Invocation.builder(clerk, "commontest", "PutTerms").args("T1")
                .transientData("rate", "4.35").build());
        assertThat(put.isSuccess()).as(put.message()).isTrue();
        assertThat(ledger.evaluate(Invocation.of(clerk, "commontest", "Terms", "T1")).payloadAsString())
                .isEqualTo("4.35");
        Identity other = ledger.msp("Bank2MSP").client("x");
        assertThat(ledger.evaluate(Invocation.of(other, "commontest", "TermsHash", "T1")).payloadAsString())
                .isEqualTo(Hashes.sha256Hex(CanonicalJson.toBytes("4.35")));
        assertThat(ledger.evaluate(Invocation.of(other, "commontest", "Terms", "T1")).isEndorsed()).isFalse();
        TxResult again = ledger.submit(Invocation.builder(clerk, "commontest", "PutTerms").args("T1")
                .transientData("rate", "9").build());
        assertThat(code(again)).isEqualTo("ALREADY_EXISTS");
    }
}
