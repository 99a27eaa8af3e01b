package io.tradechain.gateway.ledger;

import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.ledger.embedded.EmbeddedLedgerAdapter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Picks the ledger adapter from {@code tradechain.ledger}. */
public class LedgerProducer {
    private static final Logger LOG = Logger.getLogger(LedgerProducer.class);

    /** Typed to the adapter only, so that {@link #ledger} is the one {@link LedgerPort} bean. */
    @Produces
    @Singleton
    @jakarta.enterprise.inject.Typed(EmbeddedLedgerAdapter.class)
    EmbeddedLedgerAdapter embedded(GatewayConfig config) {
        if (config.ledger() != GatewayConfig.LedgerKind.EMBEDDED) {
            throw new IllegalStateException("the embedded ledger was requested while tradechain.ledger="
                    + config.ledger());
        }
        LOG.infof("starting the embedded ledger on channel %s", config.channel());
        return EmbeddedLedgerAdapter.withRepositoryChaincodes(config.channel(), config.partiesChaincode());
    }

    @Produces
    @Singleton
    LedgerPort ledger(GatewayConfig config, jakarta.enterprise.inject.Instance<EmbeddedLedgerAdapter> embedded) {
        return switch (config.ledger()) {
            case EMBEDDED -> embedded.get();
            case FABRIC -> throw new IllegalStateException("tradechain.ledger=fabric: the Fabric adapter is not built "
                    + "yet (issue 7); run with tradechain.ledger=embedded");
        };
    }
}
