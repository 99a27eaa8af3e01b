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

/** Starts the event relay at start-up when {@code tradechain.events.relay.url} is set, and stops it on shutdown. */
@ApplicationScoped
public class EventRelayLifecycle {
    private static final int QUEUE_CAPACITY = 10_000;

    private final GatewayConfig config;
    private final LedgerPort ledger;
    private final ObjectMapper mapper;
    private volatile EventRelay relay;

    public EventRelayLifecycle(GatewayConfig config, LedgerPort ledger, ObjectMapper mapper) {
        this.config = config;
        this.ledger = ledger;
        this.mapper = mapper;
    }

    void start(@Observes StartupEvent ignored) {
        GatewayConfig.Relay settings = config.events().relay();
        Optional<String> url = settings.url().filter(u -> !u.isBlank());
        if (url.isEmpty()) {
            return;
        }
        String organisation = settings.organisation().filter(o -> !o.isBlank()).orElse(config.organisation());
        if ("all".equals(organisation)) {
            throw new IllegalStateException("tradechain.events.relay.url is set on an instance serving every "
                    + "organisation: set tradechain.events.relay.organisation to the MSP id whose view is relayed");
        }
        Path file = settings.checkpointFile().filter(f -> !f.isBlank()).map(Path::of)
                .or(() -> config.dataDir().filter(d -> !d.isBlank())
                        .map(d -> Path.of(d).resolve("event-relay-" + organisation + ".position")))
                .orElseThrow(() -> new IllegalStateException("the event relay needs a durable checkpoint: set "
                        + "tradechain.events.relay.checkpoint-file or tradechain.data-dir"));
        EventSink sink = new WebhookSink(URI.create(url.get()), settings.secret(), settings.timeout(), mapper);
        relay = new EventRelay(ledger, new EventVisibility(mapper), organisation, sink, new PositionCheckpoint(file),
                ledger.firstEventPosition(settings.fromBlock()), settings.maxBackoff(), QUEUE_CAPACITY).start();
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
