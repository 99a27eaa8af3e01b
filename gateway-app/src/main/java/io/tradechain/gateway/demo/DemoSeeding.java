package io.tradechain.gateway.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.ledger.LedgerPort;
import io.tradechain.gateway.ledger.Signer;
import io.tradechain.gateway.ledger.embedded.EmbeddedLedgerAdapter;
import io.tradechain.gateway.ledger.fabric.FabricLedgerAdapter;
import io.tradechain.gateway.security.ApiUserDirectory;
import io.tradechain.gateway.security.FixtureFiles;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * The one way the demo data is seeded, on either ledger: the {@link DemoPlan} of the configured
 * fixtures, played by a {@link DemoPlayer} on this gateway's ledger. The embedded gateway plays it
 * all at start ({@link DemoDataSeeder}); on Fabric each organisation's gateway plays its share when
 * {@code scripts/network.sh seed} asks it to ({@link DemoSeedResource}).
 */
@Singleton
public class DemoSeeding {
    /** How long a gateway waits for its peer to have the blocks of steps played elsewhere. */
    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    private final GatewayConfig config;
    private final ApiUserDirectory users;
    private final ObjectMapper mapper;
    private final DemoPlayer player;
    private volatile DemoPlan plan;

    public DemoSeeding(
            GatewayConfig config,
            ApiUserDirectory users,
            ObjectMapper mapper,
            LedgerPort ledger,
            Instance<EmbeddedLedgerAdapter> embedded,
            Instance<FabricLedgerAdapter> fabric) {
        this.config = config;
        this.users = users;
        this.mapper = mapper;
        DemoPlayer.ClientIds clientIds =
                config.ledger() == GatewayConfig.LedgerKind.EMBEDDED
                        ? (Signer signer) -> embedded.get().identity(signer).clientId()
                        : (Signer signer) -> fabric.get().clientId(signer);
        this.player = new DemoPlayer(ledger, mapper, clientIds, CATCH_UP);
    }

    /** The plan of the configured fixtures (read once). */
    public DemoPlan plan() {
        DemoPlan loaded = plan;
        if (loaded == null) {
            synchronized (this) {
                if (plan == null) {
                    plan =
                            DemoPlan.load(
                                    FixtureFiles.resolve(config.partiesFile()),
                                    config.partiesChaincode(),
                                    users.all(),
                                    mapper);
                }
                loaded = plan;
            }
        }
        return loaded;
    }

    /** Plays the plan from {@code progress} while the steps' users belong to {@code signsFor}. */
    public DemoPlayer.Outcome play(DemoSeedProgress progress, Predicate<String> signsFor) {
        return player.play(plan(), progress, signsFor);
    }
}
