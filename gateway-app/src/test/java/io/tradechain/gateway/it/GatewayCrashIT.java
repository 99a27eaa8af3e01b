package io.tradechain.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradechain.chaincode.common.CreditCode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the gateway with SIGKILL in the middle of a stream of writes, restarts it on the same data
 * directory and checks the promise of the block file: every acknowledged transaction is there, and
 * retrying any request with its Idempotency-Key (acknowledged or not) never applies it twice.
 */
class GatewayCrashIT {
    private static final int WRITERS = 8;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN =
            "Basic "
                    + Base64.getEncoder()
                            .encodeToString("corp.admin:demo".getBytes(StandardCharsets.UTF_8));

    @TempDir Path work;

    /** A request a writer sent: its key and party code, and the answer if one came back. */
    record Sent(String key, String code, String txId) {}

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicInteger serial = new AtomicInteger();

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndNoneIsAppliedTwice() throws Exception {
        assumeTrue(
                Files.exists(GatewayProcess.jar()),
                "the packaged gateway "
                        + GatewayProcess.jar()
                        + " is missing: run `./mvnw verify` (package builds it) before this IT");
        Path data = work.resolve("data");
        Path log = work.resolve("gateway.log");
        Map<String, Sent> sent = new ConcurrentHashMap<>();

        GatewayProcess first = GatewayProcess.start(data, log);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int i = 0; i < WRITERS; i++) {
            writers.submit(() -> writeUntilRefused(first.base(), sent));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (acknowledged(sent) < 150 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        first.kill();
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        List<Sent> acked = sent.values().stream().filter(s -> s.txId() != null).toList();
        List<Sent> unanswered = sent.values().stream().filter(s -> s.txId() == null).toList();
        assertThat(acked).as("writes acknowledged before the kill").hasSizeGreaterThanOrEqualTo(50);

        try (GatewayProcess second = GatewayProcess.start(data, log)) {
            for (Sent s : acked) {
                JsonNode tx = get(second.base(), "/api/v1/ledger/transactions/" + s.txId());
                assertThat(tx.path("validationCode").asText())
                        .as("acknowledged %s", s.txId())
                        .isEqualTo("VALID");
                assertThat(tx.path("args").toString()).contains(s.code());
            }
            int replayed = 0;
            int recovered = 0;
            for (Sent s : sent.values()) {
                HttpResponse<String> retry = register(second.base(), s.key(), s.code());
                assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
                JsonNode body = JSON.readTree(retry.body());
                if (s.txId() != null) {
                    assertThat(body.path("replayed").asBoolean()).isTrue();
                    assertThat(body.path("txId").asText()).isEqualTo(s.txId());
                }
                if (body.path("replayed").asBoolean()) {
                    replayed++;
                } else {
                    recovered++;
                }
                JsonNode history = get(second.base(), "/api/v1/parties/" + s.code() + "/history");
                assertThat(history.path("items").size())
                        .as("versions of party %s", s.code())
                        .isEqualTo(1);
            }
            System.out.printf(
                    "crash test: %d writes sent, %d acknowledged before SIGKILL, %d unanswered; after "
                            + "restart %d retries replayed, %d committed for the first time%n",
                    sent.size(), acked.size(), unanswered.size(), replayed, recovered);
            assertThat(replayed).isGreaterThanOrEqualTo(acked.size());
        } catch (AssertionError | RuntimeException e) {
            System.out.println(Files.readString(log));
            throw e;
        }
    }

    private static long acknowledged(Map<String, Sent> sent) {
        return sent.values().stream().filter(s -> s.txId() != null).count();
    }

    private void writeUntilRefused(String base, Map<String, Sent> sent) {
        while (true) {
            String key = UUID.randomUUID().toString();
            String code = freshCode();
            sent.put(key, new Sent(key, code, null));
            try {
                HttpResponse<String> r = register(base, key, code);
                if (r.statusCode() != 201) {
                    throw new IllegalStateException(
                            "write refused: " + r.statusCode() + " " + r.body());
                }
                sent.put(key, new Sent(key, code, JSON.readTree(r.body()).path("txId").asText()));
            } catch (java.io.IOException e) {
                return; // the gateway is gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private String freshCode() {
        String first17 = "91330200M" + String.format("%08d", serial.incrementAndGet());
        return first17 + CreditCode.checkCharacter(first17);
    }

    private HttpResponse<String> register(String base, String key, String code)
            throws java.io.IOException, InterruptedException {
        String body =
                "{\"creditCode\":\"" + code + "\",\"name\":\"崩溃测试供应商\",\"kind\":\"SUPPLIER\"}";
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/parties"))
                        .header("Authorization", ADMIN)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String base, String path) throws Exception {
        HttpResponse<String> r =
                http.send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                "regulator.auditor:demo"
                                                                        .getBytes(
                                                                                StandardCharsets
                                                                                        .UTF_8)))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
