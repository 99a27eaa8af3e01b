package io.tradechain.gateway.ledger;

import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.ledger.embedded.EmbeddedLedgerAdapter;
import io.tradechain.gateway.ledger.embedded.EmbeddedLedgers;
import io.tradechain.ledger.ChaincodeRegistry;
import io.tradechain.ledger.DataDirectoryLock;
import io.tradechain.ledger.LedgerCorruptedException;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Picks the ledger adapter from {@code tradechain.ledger}. */
public class LedgerProducer {
    private static final Logger LOG = Logger.getLogger(LedgerProducer.class);

    /** The sandbox clock's offset in the data directory. */
    public static final String OFFSET_FILE = "ledger-clock.offset";

    /** Typed to the adapter only, so that {@link #ledger} is the one {@link LedgerPort} bean. */
    @Produces
    @Singleton
    @jakarta.enterprise.inject.Typed(EmbeddedLedgerAdapter.class)
    EmbeddedLedgerAdapter embedded(GatewayConfig config, LedgerClock clock) {
        if (config.ledger() != GatewayConfig.LedgerKind.EMBEDDED) {
            throw new IllegalStateException(
                    "the embedded ledger was requested while tradechain.ledger=" + config.ledger());
        }
        Optional<Path> dataDir = config.dataDir().filter(d -> !d.isBlank()).map(Path::of);
        if (dataDir.isEmpty()) {
            LOG.warn(
                    "tradechain.data-dir is not set: the embedded ledger keeps everything in memory and forgets it "
                            + "on stop");
        }
        long started = System.nanoTime();
        try {
            EmbeddedLedgerAdapter adapter =
                    EmbeddedLedgers.open(
                            config.channel(),
                            config.partiesChaincode(),
                            dataDir,
                            config.commit().maxBlockSize(),
                            config.commit().timeout(),
                            clock);
            adapter.ledger()
                    .blockFile()
                    .filter(f -> f.droppedBytes() > 0)
                    .ifPresent(
                            f ->
                                    LOG.warnf(
                                            "the last block in %s was torn by a crash (%d bytes) and was dropped; it had not been "
                                                    + "acknowledged to any client",
                                            f.path(), f.droppedBytes()));
            LOG.infof(
                    "embedded ledger ready on channel %s in %d ms: %s",
                    config.channel(),
                    (System.nanoTime() - started) / 1_000_000,
                    adapter.describe());
            return adapter;
        } catch (DataDirectoryLock.DataDirectoryLockedException e) {
            LOG.errorf(
                    "refusing to start: the data directory %s is held by another process (another gateway on the "
                            + "same tradechain.data-dir?); %s",
                    e.directory(), e.getMessage());
            throw new IllegalStateException(
                    "refusing to start: the data directory "
                            + e.directory()
                            + " is held by another process; "
                            + e.getMessage(),
                    e);
        } catch (LedgerCorruptedException e) {
            throw new IllegalStateException(
                    "refusing to start: the block file under "
                            + dataDir.orElseThrow()
                            + " fails verification ("
                            + e.getMessage()
                            + "). Restore it from a backup or move it away to "
                            + "start an empty ledger.",
                    e);
        }
    }

    /**
     * Where the embedded ledger's transaction timestamps come from: the system clock in UTC, moved
     * forward only by the sandbox clock; its offset is kept in {@code
     * <data-dir>/ledger-clock.offset} when there is a data directory.
     */
    @Produces
    @Singleton
    LedgerClock clock(GatewayConfig config) {
        Optional<Path> file =
                config.dataDir().filter(d -> !d.isBlank()).map(d -> Path.of(d, OFFSET_FILE));
        LedgerClock clock = new LedgerClock(file);
        if (!clock.offset().isZero()) {
            LOG.warnf(
                    "the embedded ledger's clock runs %s ahead of the system clock (sandbox clock, kept in %s)",
                    clock.offset(), file.orElseThrow());
        }
        return clock;
    }

    void close(@Disposes EmbeddedLedgerAdapter adapter) {
        adapter.close();
    }

    @Produces
    @Singleton
    LedgerPort ledger(
            GatewayConfig config,
            jakarta.enterprise.inject.Instance<EmbeddedLedgerAdapter> embedded,
            jakarta.enterprise.inject.Instance<
                            io.tradechain.gateway.ledger.fabric.FabricLedgerAdapter>
                    fabric,
            io.micrometer.core.instrument.MeterRegistry registry) {
        LedgerPort adapter =
                switch (config.ledger()) {
                    case EMBEDDED -> embedded.get();
                    case FABRIC -> fabric.get();
                };
        return new MeteredLedgerPort(
                new RetryingLedgerPort(adapter, config.commit().conflictRetries()), registry);
    }

    /**
     * The Fabric adapter; audit reads and events sign as the system identity (an admin of this
     * organisation).
     */
    @Produces
    @Singleton
    @jakarta.enterprise.inject.Typed(io.tradechain.gateway.ledger.fabric.FabricLedgerAdapter.class)
    io.tradechain.gateway.ledger.fabric.FabricLedgerAdapter fabric(
            GatewayConfig config, AdminSigners admins) {
        String organisation = config.organisation();
        if ("all".equals(organisation)) {
            throw new IllegalStateException(
                    "tradechain.ledger=fabric serves one organisation: set "
                            + "tradechain.organisation to its MSP id");
        }
        Signer system =
                config.fabric()
                        .systemIdentity()
                        .map(name -> new Signer(organisation, name, Signer.ADMIN))
                        .orElseGet(
                                () ->
                                        admins.adminOf(organisation)
                                                .orElseThrow(
                                                        () ->
                                                                new IllegalStateException(
                                                                        "no admin user of "
                                                                                + organisation
                                                                                + " in the users file and no tradechain.fabric.system-identity")));
        io.tradechain.gateway.ledger.fabric.FabricLedgerAdapter adapter =
                io.tradechain.gateway.ledger.fabric.FabricLedgerAdapter.connect(config, system);
        LOG.infof("Fabric ledger: %s", adapter.describe());
        try {
            List<String> answering =
                    adapter.verifyChaincodes(
                            ChaincodeRegistry.load().names().stream()
                                    .map(
                                            name ->
                                                    name.equals(ChaincodeNames.PARTIES)
                                                            ? config.partiesChaincode()
                                                            : name)
                                    .toList());
            if (!answering.isEmpty()) {
                LOG.infof(
                        "chaincodes answering on %s: %s",
                        config.channel(), String.join(", ", answering));
            }
        } catch (IllegalStateException e) {
            adapter.close();
            throw e;
        }
        return adapter;
    }

    void closeFabric(@Disposes io.tradechain.gateway.ledger.fabric.FabricLedgerAdapter adapter) {
        adapter.close();
    }
}
