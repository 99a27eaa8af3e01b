package io.tradechain.blacklist;

import static io.tradechain.blacklist.BlacklistNetwork.CORE_CO;
import static io.tradechain.blacklist.BlacklistNetwork.assertOk;
import static io.tradechain.blacklist.BlacklistNetwork.assertRefused;
import static io.tradechain.blacklist.BlacklistNetwork.json;
import static io.tradechain.blacklist.BlacklistNetwork.reportInput;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradechain.chaincode.common.Idempotency;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import org.junit.jupiter.api.Test;

/**
 * A gateway retry of a report with the same idempotency key commits once and names the first
 * transaction.
 */
class IdempotentReportTest {
    private final BlacklistNetwork net = new BlacklistNetwork();

    private Invocation reportWithKey(String key) {
        return Invocation.builder(net.bank1, "blacklist", "ReportParty")
                .transientData(ReportValidation.REPORT, json(reportInput(CORE_CO, "LOAN_DEFAULT")))
                .transientData(Idempotency.TRANSIENT_KEY, key)
                .endorsingOrganizations(BlacklistNetwork.BANK_PEERS)
                .build();
    }

    @Test
    void aRetryCommitsNothingAndNamesTheFirstReport() {
        TxResult first = assertOk(net.ledger.submit(reportWithKey("report-7")));
        long height = net.ledger.height();

        var replay =
                assertRefused(net.ledger.submit(reportWithKey("report-7")), "IDEMPOTENT_REPLAY");

        assertThat(replay.details()).containsEntry("firstTxId", first.txId());
        assertThat(net.ledger.height()).isEqualTo(height);
        assertThat(net.check(CORE_CO).get("activeReports").asInt()).isEqualTo(1);
    }

    @Test
    void theCheckCalledFromAnotherChaincodesSubmitClaimsNoKeyInTheBlacklist() {
        // The caller's transient map (with its key) reaches CheckParty through invokeChaincode; an
        // evaluate function
        // must not claim it, or the blacklist would refuse this bank's next report with that key.
        assertOk(
                net.ledger.submit(
                        Invocation.builder(net.bank1, "probe", "Finance")
                                .args(CORE_CO)
                                .transientData(Idempotency.TRANSIENT_KEY, "req-8")
                                .build()));

        assertOk(net.ledger.submit(reportWithKey("req-8")));
    }

    @Test
    void theSameKeyWithOtherPrivateInputsIsAnotherRequestNotAReplay() {
        TxResult first = assertOk(net.ledger.submit(reportWithKey("report-9")));
        long height = net.ledger.height();
        Invocation otherAmount =
                Invocation.builder(net.bank1, "blacklist", "ReportParty")
                        .transientData(
                                ReportValidation.REPORT,
                                json(
                                        BlacklistNetwork.with(
                                                reportInput(CORE_CO, "LOAN_DEFAULT"),
                                                "amountInDefault",
                                                java.util.Map.of(
                                                        "currency",
                                                        "CNY",
                                                        "minorUnits",
                                                        130_000_000L))))
                        .transientData(Idempotency.TRANSIENT_KEY, "report-9")
                        .endorsingOrganizations(BlacklistNetwork.BANK_PEERS)
                        .build();

        var reused = assertRefused(net.ledger.submit(otherAmount), "IDEMPOTENCY_KEY_REUSED");

        assertThat(reused.details()).containsEntry("firstTxId", first.txId());
        assertThat(net.ledger.height()).isEqualTo(height);
        // the claim is public state: it is found under the key's hash, never under the key in clear
        String client = io.tradechain.chaincode.common.Hashes.sha256Hex(net.bank1.clientId());
        assertThat(
                        net.ledger.committedState(
                                "blacklist", composite("Bank1MSP", client, "report-9")))
                .isEmpty();
        assertThat(
                        net.ledger.committedState(
                                "blacklist",
                                composite(
                                        "Bank1MSP",
                                        client,
                                        io.tradechain.chaincode.common.Hashes.sha256Hex(
                                                "report-9"))))
                .isPresent();
    }

    private static String composite(String... attributes) {
        return "\u0000idempotency\u0000" + String.join("\u0000", attributes) + "\u0000";
    }
}
