package io.tradechain.gateway.health;

import io.tradechain.gateway.ledger.LedgerPort;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the ledger answers; reports which ledger and how far it is. */
@Readiness
public class LedgerHealthCheck implements HealthCheck {
    private final LedgerPort ledger;

    public LedgerHealthCheck(LedgerPort ledger) {
        this.ledger = ledger;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("ledger").up().withData("ledger", ledger.describe()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("ledger").down().withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
