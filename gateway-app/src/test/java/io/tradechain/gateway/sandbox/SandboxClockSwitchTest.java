package io.tradechain.gateway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.error.ApiException;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sandbox clock is available on the embedded ledger with the switch on, and nowhere else. */
class SandboxClockSwitchTest {

    /** A configuration with only the ledger kind and the switch set. */
    static GatewayConfig config(GatewayConfig.LedgerKind ledger, boolean clockEnabled) {
        GatewayConfig.Sandbox sandbox =
                (GatewayConfig.Sandbox)
                        Proxy.newProxyInstance(
                                GatewayConfig.class.getClassLoader(),
                                new Class<?>[] {GatewayConfig.Sandbox.class},
                                (proxy, method, args) ->
                                        switch (method.getName()) {
                                            case "clockEnabled" -> clockEnabled;
                                            default ->
                                                    throw new UnsupportedOperationException(
                                                            method.getName());
                                        });
        return (GatewayConfig)
                Proxy.newProxyInstance(
                        GatewayConfig.class.getClassLoader(),
                        new Class<?>[] {GatewayConfig.class},
                        (proxy, method, args) ->
                                switch (method.getName()) {
                                    case "ledger" -> ledger;
                                    case "sandbox" -> sandbox;
                                    default ->
                                            throw new UnsupportedOperationException(
                                                    method.getName());
                                });
    }

    @ParameterizedTest(name = "{0}, clock-enabled={1}")
    @CsvSource({"EMBEDDED,false", "FABRIC,false", "FABRIC,true"})
    void everyOtherCombinationAnswers404SandboxClockDisabled(
            GatewayConfig.LedgerKind ledger, boolean enabled) {
        assertThatThrownBy(() -> SandboxClockResource.requireEnabled(config(ledger, enabled)))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> {
                            assertThat(e.status()).isEqualTo(404);
                            assertThat(e.code()).isEqualTo("SANDBOX_CLOCK_DISABLED");
                            assertThat(e.getMessage())
                                    .contains(
                                            ledger == GatewayConfig.LedgerKind.FABRIC
                                                    ? "Fabric"
                                                    : "tradechain.sandbox.clock-enabled");
                        });
    }

    @Test
    void onTheEmbeddedLedgerWithTheSwitchOnTheClockIsAvailable() {
        assertThatCode(
                        () ->
                                SandboxClockResource.requireEnabled(
                                        config(GatewayConfig.LedgerKind.EMBEDDED, true)))
                .doesNotThrowAnyException();
    }

    @Test
    void aFabricGatewayConfiguredWithTheSandboxClockRefusesToStart() {
        assertThatThrownBy(
                        () ->
                                SandboxClockGuard.check(
                                        config(GatewayConfig.LedgerKind.FABRIC, true)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refusing to start")
                .hasMessageContaining("tradechain.sandbox.clock-enabled");
        assertThatCode(
                        () ->
                                SandboxClockGuard.check(
                                        config(GatewayConfig.LedgerKind.FABRIC, false)))
                .doesNotThrowAnyException();
        assertThatCode(
                        () ->
                                SandboxClockGuard.check(
                                        config(GatewayConfig.LedgerKind.EMBEDDED, true)))
                .doesNotThrowAnyException();
    }
}
