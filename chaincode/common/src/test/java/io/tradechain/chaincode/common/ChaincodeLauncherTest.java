package io.tradechain.chaincode.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChaincodeLauncherTest {
    private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();

    private String check(Map<String, String> env) {
        return ChaincodeLauncher.checkEnvironment(
                "parties", env, new PrintStream(warnings, true, StandardCharsets.UTF_8));
    }

    @Test
    void namesTheMissingVariables() {
        assertThat(check(Map.of()))
                .contains("Missing: CHAINCODE_SERVER_ADDRESS, CORE_CHAINCODE_ID_NAME.");
        assertThat(check(Map.of("CHAINCODE_SERVER_ADDRESS", "0.0.0.0:9999")))
                .contains("Missing: CORE_CHAINCODE_ID_NAME.")
                .contains("parties_1.0:<hash>");
    }

    @Test
    void startsWhenBothAreSetAndWarnsAboutTls() {
        assertThat(
                        check(
                                Map.of(
                                        "CHAINCODE_SERVER_ADDRESS",
                                        "0.0.0.0:9999",
                                        "CORE_CHAINCODE_ID_NAME",
                                        "p:1")))
                .isNull();
        assertThat(
                        check(
                                Map.of(
                                        "CHAINCODE_SERVER_ADDRESS",
                                        "0.0.0.0:9999",
                                        "CORE_CHAINCODE_ID_NAME",
                                        "p:1",
                                        "CORE_PEER_TLS_ENABLED",
                                        "true")))
                .isNull();
        assertThat(warnings.toString(StandardCharsets.UTF_8))
                .contains("CORE_PEER_TLS_ENABLED=true");
    }
}
