package io.tradechain.gateway.health;

import io.tradechain.gateway.ledger.LedgerPort;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the ledger answers (on Fabric: the organisation's peer answers for the channel);
 * reports which ledger, which peer and channel, and the height. Down, with the reason, when it does
 * not answer.
 */
@Readiness
public class LedgerHealthCheck implements HealthCheck {
    private final LedgerPort ledger;

    public LedgerHealthCheck(LedgerPort ledger) {
        this.ledger = ledger;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            long height = ledger.height();
            return HealthCheckResponse.named("ledger")
                    .up()
                    .withData("ledger", ledger.describe())
                    .withData("height", height)
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("ledger")
                    .down()
                    .withData("ledger", ledger.describe())
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
