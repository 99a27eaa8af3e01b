package io.tradechain.gateway.demo;

import io.quarkus.runtime.StartupEvent;
import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.ledger.LedgerPort;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * At every start of a gateway on the embedded ledger (unless {@code tradechain.seed-demo-data} is
 * false), plays the whole demo plan: every organisation's identities are local, so this one process
 * signs every step. Steps carry idempotency keys, so the first start seeds and later ones add only
 * what is missing (nothing, usually), never redoing what a user undid since.
 */
@Singleton
public class DemoDataSeeder {
    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class);

    private final GatewayConfig config;
    private final DemoSeeding seeding;
    private final LedgerPort ledger;

    public DemoDataSeeder(GatewayConfig config, DemoSeeding seeding, LedgerPort ledger) {
        this.config = config;
        this.seeding = seeding;
        this.ledger = ledger;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.ledger() != GatewayConfig.LedgerKind.EMBEDDED || !config.seedDemoData()) {
            return;
        }
        DemoPlayer.Outcome outcome = seeding.play(DemoSeedProgress.start(), msp -> true);
        LOG.infof(
                "demo data: %s (%s)%s",
                DemoPlayer.summary(outcome.progress()),
                ledger.describe(),
                outcome.progress().values().containsKey("offerId")
                        ? "; see fixtures/lc-demo.json for the steps left to try"
                        : "");
    }
}
