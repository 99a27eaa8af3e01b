package io.tradechain.blacklist;

import static io.tradechain.blacklist.BlacklistNetwork.CORE_CO;
import static io.tradechain.blacklist.BlacklistNetwork.EVIDENCE;
import static io.tradechain.blacklist.BlacklistNetwork.SUPPLIER_A;
import static io.tradechain.blacklist.BlacklistNetwork.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.Hashes;
import io.tradechain.ledger.Block;
import io.tradechain.ledger.ChaincodeEventRecord;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public ledger never holds a reported code in clear: not in the state, not in transaction
 * arguments, answers or events. Only the private collection holds it.
 */
class PrivacyTest {
    private final BlacklistNetwork net = new BlacklistNetwork();
    private String coreCoReport;

    @BeforeEach
    void aFullLifecycleOnTwoParties() {
        coreCoReport = net.reported(net.bank1, CORE_CO, "LOAN_DEFAULT");
        net.reported(net.bank2, CORE_CO, "FRAUD");
        assertOk(net.appeal(net.coreCoTreasurer, coreCoReport, "Repaid on 2026-02-28"));
        assertOk(net.rejectAppeal(net.bank1, coreCoReport, "Not received"));
        assertOk(net.delist(net.bank1, coreCoReport, "Received on 2026-03-01"));
        net.reported(net.bank1, SUPPLIER_A, "FORGED_DOCUMENTS");
    }

    private String publicState() {
        return assertOk(
                        net.ledger.evaluate(
                                Invocation.of(net.bank1, "blacklist", "scan:DumpPublicState")))
                .payloadAsString();
    }

    @Test
    void thePublicStateHoldsHashesNotCodes() {
        String state = publicState();

        assertThat(state)
                .contains("listing/" + Hashes.sha256Hex(CORE_CO))
                .contains("listing/" + Hashes.sha256Hex(SUPPLIER_A))
                .contains("report/" + coreCoReport);
        assertThat(state)
                .doesNotContain(CORE_CO)
                .doesNotContain(SUPPLIER_A)
                .doesNotContain(CORE_CO.toLowerCase())
                .doesNotContain("Repaid")
                .doesNotContain("Working-capital")
                .doesNotContain(EVIDENCE)
                .doesNotContain("120000000");
    }

    @Test
    void noBlacklistTransactionCarriesTheCodeInArgumentsAnswersOrEvents() {
        int blacklistTransactions = 0;
        for (Block block : net.ledger.blocks()) {
            for (TxResult tx : block.transactions()) {
                if (!"blacklist".equals(tx.header().chaincode())) {
                    continue;
                }
                blacklistTransactions++;
                assertThat(String.join("|", tx.header().args()))
                        .doesNotContain(CORE_CO)
                        .doesNotContain(SUPPLIER_A);
                assertThat(tx.payloadAsString()).doesNotContain(CORE_CO).doesNotContain(SUPPLIER_A);
            }
        }
        assertThat(blacklistTransactions).isEqualTo(6);
        for (ChaincodeEventRecord event : net.ledger.events()) {
            if (!event.eventName().startsWith("blacklist.")) {
                continue; // the party registry's own events name the parties it registers, by
                // design
            }
            String payload = new String(event.payload(), StandardCharsets.UTF_8);
            assertThat(payload).doesNotContain(CORE_CO).doesNotContain(SUPPLIER_A);
        }
    }

    @Test
    void theCodeAndDetailsLiveOnlyInThePrivateCollection() {
        String key = "\u0000reportDetails\u0000" + coreCoReport + "\u0000";
        byte[] details =
                net.ledger
                        .committedPrivateData("blacklist", BlacklistCollections.DETAILS, key)
                        .orElseThrow();
        assertThat(new String(details, StandardCharsets.UTF_8))
                .contains(CORE_CO)
                .contains(EVIDENCE);
        assertThat(net.ledger.committedState("blacklist", key)).isEmpty();
    }

    @Test
    void theListingIsStoredUnderTheHash() {
        String clearKey = "\u0000listing\u0000" + CORE_CO + "\u0000";
        String hashKey = "\u0000listing\u0000" + Hashes.sha256Hex(CORE_CO) + "\u0000";
        assertThat(net.ledger.committedState("blacklist", clearKey)).isEmpty();
        JsonNode listing =
                BlacklistNetwork.json(assertOk(net.evaluate(net.bank2, "GetListing", CORE_CO)));
        assertThat(
                        new String(
                                net.ledger.committedState("blacklist", hashKey).orElseThrow(),
                                StandardCharsets.UTF_8))
                .contains("\"version\":" + listing.get("version").asLong());
    }
}
