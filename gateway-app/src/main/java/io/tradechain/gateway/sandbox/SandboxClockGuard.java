package io.tradechain.gateway.sandbox;

import io.quarkus.runtime.StartupEvent;
import io.tradechain.gateway.config.GatewayConfig;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Refuses to start a gateway on Fabric that is configured with the sandbox clock, and says when the
 * clock is on.
 */
@Singleton
public class SandboxClockGuard {
    private static final Logger LOG = Logger.getLogger(SandboxClockGuard.class);

    void onStart(@Observes StartupEvent event, GatewayConfig config) {
        check(config);
        if (config.sandbox().clockEnabled()) {
            LOG.warn(
                    "the sandbox clock is on: organisation admins may move the embedded ledger's time forward "
                            + "(POST /api/v1/sandbox/clock); never use this ledger for real business");
        }
    }

    /**
     * @throws IllegalStateException if the sandbox clock is on with {@code
     *     tradechain.ledger=fabric}
     */
    static void check(GatewayConfig config) {
        if (config.sandbox().clockEnabled()
                && config.ledger() != GatewayConfig.LedgerKind.EMBEDDED) {
            throw new IllegalStateException(
                    "refusing to start: tradechain.sandbox.clock-enabled=true needs the "
                            + "embedded ledger; a Fabric network's time is its peers' and cannot be moved. Unset it.");
        }
    }
}
