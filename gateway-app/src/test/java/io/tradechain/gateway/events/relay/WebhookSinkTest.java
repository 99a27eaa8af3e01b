package io.tradechain.gateway.events.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.tradechain.gateway.events.EventView;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay's HTTP delivery against a receiver on loopback: body, event id, signature, and what
 * counts as taken.
 */
class WebhookSinkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer server;
    private final AtomicInteger status = new AtomicInteger(204);
    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/hook",
                exchange -> {
                    byte[] body = exchange.getRequestBody().readAllBytes();
                    requests.add(
                            Map.of(
                                    "body",
                                    new String(body, StandardCharsets.UTF_8),
                                    "id",
                                    String.valueOf(
                                            exchange.getRequestHeaders()
                                                    .getFirst(WebhookSink.EVENT_ID_HEADER)),
                                    "signature",
                                    String.valueOf(
                                            exchange.getRequestHeaders()
                                                    .getFirst(WebhookSink.SIGNATURE_HEADER)),
                                    "type",
                                    String.valueOf(
                                            exchange.getRequestHeaders()
                                                    .getFirst("Content-Type"))));
                    exchange.sendResponseHeaders(status.get(), -1);
                    exchange.close();
                });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    private static EventView event(long position) {
        return new EventView(
                position,
                3,
                "tx-9",
                "receivables",
                "receivables.PieceTransferred",
                new io.tradechain.chaincode.common.ChaincodeEventPayload(
                        "receivables",
                        "PieceTransferred",
                        new java.util.TreeMap<>(Map.of("pieceId", "p-1")),
                        "tx-9"),
                null);
    }

    @Test
    void postsTheEventAsJsonWithItsIdAndAnHmacOfTheBody() throws Exception {
        WebhookSink sink =
                new WebhookSink(url(), Optional.of("s3cret"), Duration.ofSeconds(5), JSON);
        sink.deliver(event(3_145_728));

        assertThat(requests).hasSize(1);
        Map<String, String> request = requests.get(0);
        JsonNode body = JSON.readTree(request.get("body"));
        assertThat(body.path("position").asLong()).isEqualTo(3_145_728);
        assertThat(body.path("name").asText()).isEqualTo("receivables.PieceTransferred");
        assertThat(request.get("id")).isEqualTo("3145728");
        assertThat(request.get("type")).isEqualTo("application/json");
        String expected =
                WebhookSink.sign(
                        new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"),
                        request.get("body").getBytes(StandardCharsets.UTF_8));
        assertThat(request.get("signature")).isEqualTo("sha256=" + expected).hasSize(7 + 64);
    }

    @Test
    void withoutASecretNothingIsSigned() throws Exception {
        new WebhookSink(url(), Optional.empty(), Duration.ofSeconds(5), JSON).deliver(event(1));
        assertThat(requests.get(0).get("signature")).isEqualTo("null");
    }

    @Test
    void anAnswerOtherThan2xxIsNotADelivery() {
        status.set(500);
        WebhookSink sink = new WebhookSink(url(), Optional.empty(), Duration.ofSeconds(5), JSON);
        assertThatThrownBy(() -> sink.deliver(event(1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("500");
        status.set(409);
        assertThatThrownBy(() -> sink.deliver(event(1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("409");
    }

    @Test
    void anUnreachableReceiverIsNotADelivery() {
        int port = server.getAddress().getPort();
        server.stop(0);
        WebhookSink sink =
                new WebhookSink(
                        URI.create("http://127.0.0.1:" + port + "/hook"),
                        Optional.empty(),
                        Duration.ofSeconds(2),
                        JSON);
        assertThatThrownBy(() -> sink.deliver(event(1))).isInstanceOf(IOException.class);
    }

    @Test
    void onlyHttpUrlsAreAccepted() {
        assertThatThrownBy(
                        () ->
                                new WebhookSink(
                                        URI.create("file:///etc/passwd"),
                                        Optional.empty(),
                                        Duration.ofSeconds(1),
                                        JSON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tradechain.events.relay.url");
    }
}
