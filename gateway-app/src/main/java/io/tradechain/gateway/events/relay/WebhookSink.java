package io.tradechain.gateway.events.relay;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradechain.gateway.events.EventView;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * POSTs each event as JSON to one URL. Headers: {@code Tradechain-Event-Id} (the event's position:
 * receivers drop an id they already processed, since delivery is at least once) and, with a secret,
 * {@code Tradechain-Signature: sha256=<hex HMAC-SHA256 of the body>}. Any 2xx answer is a delivery;
 * anything else is retried by the relay.
 */
public final class WebhookSink implements EventSink {
    public static final String EVENT_ID_HEADER = "Tradechain-Event-Id";
    public static final String SIGNATURE_HEADER = "Tradechain-Signature";

    private final URI url;
    private final Optional<SecretKeySpec> key;
    private final Duration timeout;
    private final ObjectMapper mapper;
    private final HttpClient http;

    public WebhookSink(URI url, Optional<String> secret, Duration timeout, ObjectMapper mapper) {
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException(
                    "tradechain.events.relay.url must be an http or https URL: " + url);
        }
        this.url = url;
        this.key =
                secret.filter(s -> !s.isEmpty())
                        .map(
                                s ->
                                        new SecretKeySpec(
                                                s.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                                "HmacSHA256"));
        this.timeout = timeout;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public void deliver(EventView event) throws IOException {
        byte[] body = mapper.writeValueAsBytes(event);
        HttpRequest.Builder request =
                HttpRequest.newBuilder(url)
                        .timeout(timeout)
                        .header("Content-Type", "application/json")
                        .header(EVENT_ID_HEADER, Long.toString(event.position()))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        key.ifPresent(k -> request.header(SIGNATURE_HEADER, "sha256=" + sign(k, body)));
        HttpResponse<Void> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while delivering event " + event.position(), e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException(
                    url + " answered " + response.statusCode() + " to event " + event.position());
        }
    }

    /** Hex HMAC-SHA256 of the body under the key, as the receiver recomputes it. */
    static String sign(SecretKeySpec key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
