package io.tradechain.gateway;

import static io.tradechain.gateway.support.ApiScenarios.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tradechain.gateway.events.relay.EventRelayLifecycle;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The event relay in a running gateway on the embedded ledger: what an organisation may see reaches
 * its back office, signed, in commit order, and a back office that was down gets what it missed
 * once it answers again.
 */
@QuarkusTest
@TestProfile(EventRelayApiTest.RelayToCorp.class)
@WithTestResource(EventRelayApiTest.BackOffice.class)
class EventRelayApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject EventRelayLifecycle lifecycle;

    /** The relay pushes CorpMSP's view to the back office started below. */
    public static class RelayToCorp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "tradechain.events.relay.organisation",
                    "CorpMSP",
                    "tradechain.events.relay.secret",
                    "corp-hook-key",
                    "tradechain.events.relay.max-backoff",
                    "50ms");
        }
    }

    /**
     * A back office on loopback that records what it is sent, and can be switched to answering 503.
     */
    public static class BackOffice implements QuarkusTestResourceLifecycleManager {
        static final List<JsonNode> RECEIVED = new CopyOnWriteArrayList<>();
        static final List<String> SIGNATURES = new CopyOnWriteArrayList<>();
        static final AtomicBoolean DOWN = new AtomicBoolean();
        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext(
                    "/events",
                    exchange -> {
                        byte[] body = exchange.getRequestBody().readAllBytes();
                        if (DOWN.get()) {
                            exchange.sendResponseHeaders(503, -1);
                        } else {
                            RECEIVED.add(JSON.readTree(body));
                            SIGNATURES.add(
                                    exchange.getRequestHeaders().getFirst("Tradechain-Signature"));
                            exchange.sendResponseHeaders(204, -1);
                        }
                        exchange.close();
                    });
            server.start();
            return Map.of(
                    "tradechain.events.relay.url",
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/events");
        }

        @Override
        public void stop() {
            server.stop(0);
        }
    }

    private static String registerSupplier() {
        String code = TestCodes.fresh();
        as("corp.admin")
                .body(
                        "{\"creditCode\":\""
                                + code
                                + "\",\"name\":\"推送测试供应商\",\"kind\":\"SUPPLIER\"}")
                .post("/api/v1/parties")
                .then()
                .statusCode(201);
        return code;
    }

    private static final String RELAY_LAG = "tradechain_events_relay_lag_blocks";

    private static boolean received(String creditCode) {
        return BackOffice.RECEIVED.stream().anyMatch(e -> e.toString().contains(creditCode));
    }

    @Test
    void committedEventsReachTheBackOfficeInOrderSignedAndWhatItMissedWhileDownFollows()
            throws Exception {
        // the demo data seeded at start is relayed first, in commit order
        await(() -> !BackOffice.RECEIVED.isEmpty());
        String first = registerSupplier();
        await(() -> received(first));
        List<Long> positions =
                BackOffice.RECEIVED.stream().map(e -> e.path("position").asLong()).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates();
        assertThat(BackOffice.SIGNATURES)
                .allMatch(s -> s != null && s.matches("sha256=[0-9a-f]{64}"));

        BackOffice.DOWN.set(true);
        String whileDown = registerSupplier();
        await(() -> lifecycle.relay().orElseThrow().failing().isPresent());
        assertThat(received(whileDown)).isFalse();
        // a later block while the relay is stuck: /q/metrics shows it behind
        String alsoWhileDown = registerSupplier();
        await(() -> MetricsApiTest.value(MetricsApiTest.metrics(), RELAY_LAG) >= 1);
        BackOffice.DOWN.set(false);
        await(() -> received(whileDown));
        await(() -> received(alsoWhileDown));
        // the back office records the event before it answers; the relay clears its failure when
        // the answer arrives
        await(() -> lifecycle.relay().orElseThrow().failing().isEmpty());
        await(() -> MetricsApiTest.value(MetricsApiTest.metrics(), RELAY_LAG) == 0);

        JsonNode event =
                BackOffice.RECEIVED.stream()
                        .filter(e -> e.toString().contains(whileDown))
                        .findFirst()
                        .orElseThrow();
        assertThat(event.path("name").asText()).isEqualTo("parties.PartyRegistered");
        assertThat(event.path("payload").path("ids").path("creditCode").asText())
                .isEqualTo(whileDown);
        assertThat(BackOffice.RECEIVED.stream().map(e -> e.path("position").asLong()).toList())
                .isSorted()
                .doesNotHaveDuplicates();
        // the checkpoint on disk is past the last event delivered
        long last =
                BackOffice.RECEIVED.get(BackOffice.RECEIVED.size() - 1).path("position").asLong();
        await(() -> lifecycle.relay().orElseThrow().nextPosition() > last);
    }

    private static void await(java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 20 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
