package io.tradechain.chaincode.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.fixture.StoreContract;
import io.tradechain.ledger.ChaincodeDefinition;
import io.tradechain.ledger.CollectionConfig;
import io.tradechain.ledger.Identity;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import io.tradechain.testkit.TestNetwork;
import java.time.Instant;
import java.util.Map;

/**
 * An in-memory channel with the fixture chaincode {@code commontest} and a fake party registry
 * deployed as {@code parties} (and again as {@code registry2}), plus shortcuts to drive them.
 */
final class LedgerFixture extends TestNetwork {
    static final Instant START = Instant.parse("2026-03-01T08:30:00Z");

    final Identity clerk;
    final Identity bankAdmin;
    final Identity otherBankClerk;

    LedgerFixture() {
        super(START);
        ledger.deploy(
                ChaincodeDefinition.builder("commontest")
                        .contractPackages("io.tradechain.chaincode.common.fixture")
                        .collection(
                                CollectionConfig.of(
                                        StoreContract.TERMS, "Bank1MSP", "RegulatorMSP"))
                        .build());
        ledger.deploy(
                ChaincodeDefinition.builder("parties")
                        .contractPackages("io.tradechain.chaincode.common.fakeparties")
                        .build());
        ledger.deploy(
                ChaincodeDefinition.builder("registry2")
                        .contractPackages("io.tradechain.chaincode.common.fakeparties")
                        .build());
        clerk = ledger.msp("Bank1MSP").client("clerk", Map.of("dept", "trade"));
        bankAdmin = ledger.msp("Bank1MSP").admin("bank1-admin");
        otherBankClerk = ledger.msp("Bank2MSP").client("bank2-clerk");
    }

    TxResult submit(Identity who, String function, String... args) {
        return ledger.submit(Invocation.of(who, "commontest", function, args));
    }

    TxResult evaluate(Identity who, String function, String... args) {
        return ledger.evaluate(Invocation.of(who, "commontest", function, args));
    }

    /** Evaluates as the clerk, asserts success and reads the JSON answer. */
    JsonNode query(String function, String... args) {
        return json(assertOk(evaluate(clerk, function, args)));
    }

    /** The business error a refused transaction reports in its message, as the gateway reads it. */
    static ErrorInfo error(TxResult result) {
        assertThat(result.isEndorsed()).as("expected a refusal").isFalse();
        return ErrorInfo.fromMessage(result.message())
                .orElseThrow(() -> new AssertionError("no [KIND/CODE] in: " + result.message()));
    }
}
