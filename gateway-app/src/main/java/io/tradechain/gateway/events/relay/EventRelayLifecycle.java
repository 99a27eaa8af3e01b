package io.tradechain.gateway.events.relay;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.events.EventVisibility;
import io.tradechain.gateway.ledger.LedgerPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts the event relay at start-up when {@code tradechain.events.relay.url} is set, and stops it
 * on shutdown.
 */
@ApplicationScoped
public class EventRelayLifecycle {
    private static final int QUEUE_CAPACITY = 10_000;

    private final GatewayConfig config;
    private final LedgerPort ledger;
    private final ObjectMapper mapper;
    private volatile EventRelay relay;

    public EventRelayLifecycle(
            GatewayConfig config,
            LedgerPort ledger,
            ObjectMapper mapper,
            io.micrometer.core.instrument.MeterRegistry registry) {
        this.config = config;
        this.ledger = ledger;
        this.mapper = mapper;
        io.micrometer.core.instrument.Gauge.builder(
                        "tradechain.events.relay.lag", this, EventRelayLifecycle::lagBlocks)
                .baseUnit("blocks")
                .description(
                        "Blocks whose events the relay has not all delivered yet (0: it is up to "
                                + "date); NaN when no relay is configured")
                .register(registry);
    }

    /**
     * How many blocks the relay is behind the ledger: the height less the first block whose events
     * all lie at or after the relay's next position (found by halving, as event positions grow with
     * the block number on either ledger). 0 once it delivered or skipped every committed event.
     */
    double lagBlocks() {
        EventRelay running = relay;
        if (running == null) {
            return Double.NaN;
        }
        long next = running.nextPosition();
        long low = 0;
        long high = ledger.height();
        while (low < high) {
            long mid = (low + high) >>> 1;
            if (ledger.firstEventPosition(mid) >= next) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return ledger.height() - low;
    }

    void start(@Observes StartupEvent ignored) {
        GatewayConfig.Relay settings = config.events().relay();
        Optional<String> url = settings.url().filter(u -> !u.isBlank());
        if (url.isEmpty()) {
            return;
        }
        String organisation =
                settings.organisation().filter(o -> !o.isBlank()).orElse(config.organisation());
        if ("all".equals(organisation)) {
            throw new IllegalStateException(
                    "tradechain.events.relay.url is set on an instance serving every "
                            + "organisation: set tradechain.events.relay.organisation to the MSP id whose view is relayed");
        }
        Path file =
                settings.checkpointFile()
                        .filter(f -> !f.isBlank())
                        .map(Path::of)
                        .or(
                                () ->
                                        config.dataDir()
                                                .filter(d -> !d.isBlank())
                                                .map(
                                                        d ->
                                                                Path.of(d)
                                                                        .resolve(
                                                                                "event-relay-"
                                                                                        + organisation
                                                                                        + ".position")))
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "the event relay needs a durable checkpoint: set "
                                                        + "tradechain.events.relay.checkpoint-file or tradechain.data-dir"));
        EventSink sink =
                new WebhookSink(
                        URI.create(url.get()), settings.secret(), settings.timeout(), mapper);
        relay =
                new EventRelay(
                                ledger,
                                new EventVisibility(mapper),
                                organisation,
                                sink,
                                new PositionCheckpoint(file),
                                ledger.firstEventPosition(settings.fromBlock()),
                                settings.maxBackoff(),
                                QUEUE_CAPACITY)
                        .start();
    }

    void stop(@Observes ShutdownEvent ignored) {
        EventRelay running = relay;
        if (running != null) {
            running.close();
        }
    }

    /** The running relay, if one is configured. */
    public Optional<EventRelay> relay() {
        return Optional.ofNullable(relay);
    }
}
