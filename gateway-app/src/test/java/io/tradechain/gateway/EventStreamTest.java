package io.tradechain.gateway;

import static io.tradechain.gateway.support.ApiScenarios.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Server-Sent Events: live delivery of committed events, replay from a block, resume after the last
 * event id.
 */
@QuarkusTest
class EventStreamTest {
    @TestHTTPResource("/api/v1/events")
    URL events;

    /**
     * A quiet stream is not silent: a comment line keeps proxies from closing it (every second in
     * tests).
     */
    @Test
    void aQuietStreamSendsKeepAliveComments() throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(events.toString()))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        "coreco.treasurer:demo"
                                                                .getBytes(StandardCharsets.UTF_8)))
                        .header("Accept", "text/event-stream")
                        .build();
        HttpResponse<java.io.InputStream> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        CompletableFuture<String> comment =
                CompletableFuture.supplyAsync(
                        () -> {
                            try (BufferedReader reader =
                                    new BufferedReader(
                                            new InputStreamReader(
                                                    response.body(), StandardCharsets.UTF_8))) {
                                String line;
                                while ((line = reader.readLine()) != null) {
                                    if (line.startsWith(":")) {
                                        return line;
                                    }
                                }
                                return null;
                            } catch (Exception e) {
                                return null;
                            }
                        });
        try {
            assertThat(comment.get(10, TimeUnit.SECONDS)).contains("keep-alive");
        } finally {
            response.body().close();
        }
    }

    /** One SSE event as received: its id, its name and its data line. */
    record Received(long id, String name, String data) {}

    /** Opens a stream and collects events until {@code count} arrived or the time is up. */
    private List<Received> collect(String query, String lastEventId, int count, Runnable afterOpen)
            throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(events + query))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        "coreco.treasurer:demo"
                                                                .getBytes(StandardCharsets.UTF_8)))
                        .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<java.io.InputStream> response =
                client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        List<Received> received = new ArrayList<>();
        CompletableFuture<Void> reading =
                CompletableFuture.runAsync(
                        () -> {
                            try (BufferedReader reader =
                                    new BufferedReader(
                                            new InputStreamReader(
                                                    response.body(), StandardCharsets.UTF_8))) {
                                long id = -1;
                                String name = null;
                                String line;
                                while (received.size() < count
                                        && (line = reader.readLine()) != null) {
                                    if (line.startsWith("id:")) {
                                        id = Long.parseLong(line.substring(3).trim());
                                    } else if (line.startsWith("event:")) {
                                        name = line.substring(6).trim();
                                    } else if (line.startsWith("data:")) {
                                        synchronized (received) {
                                            received.add(
                                                    new Received(
                                                            id, name, line.substring(5).trim()));
                                        }
                                    }
                                }
                            } catch (Exception e) {
                                // the stream is cut when the test ends
                            }
                        });
        afterOpen.run();
        try {
            reading.get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            // fall through with what arrived
        } finally {
            response.body().close();
        }
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    private static String registerSupplier() {
        String code = TestCodes.fresh();
        as("corp.admin")
                .body(
                        "{\"creditCode\":\""
                                + code
                                + "\",\"name\":\"事件测试供应商\",\"kind\":\"SUPPLIER\"}")
                .post("/api/v1/parties")
                .then()
                .statusCode(201);
        return code;
    }

    @Test
    void aLiveStreamDeliversTheEventOfANewCommit() throws Exception {
        String[] code = new String[1];
        List<Received> received =
                collect(
                        "",
                        null,
                        1,
                        () -> {
                            sleep(300);
                            code[0] = registerSupplier();
                        });
        assertThat(received).hasSize(1);
        assertThat(received.get(0).name()).isEqualTo("parties.PartyRegistered");
        assertThat(received.get(0).data())
                .contains(code[0])
                .contains("\"position\":" + received.get(0).id());
    }

    @Test
    void aStreamReplaysFromBlockZeroAndResumesAfterTheLastEventId() throws Exception {
        List<Received> fromStart = collect("?fromBlock=0", null, 3, () -> {});
        assertThat(fromStart).hasSize(3);
        assertThat(fromStart).extracting(Received::id).containsExactly(0L, 1L, 2L);
        assertThat(fromStart.get(0).data()).contains("\"blockNumber\":0");

        List<Received> resumed = collect("", "1", 1, () -> {});
        assertThat(resumed).extracting(Received::id).containsExactly(2L);
        assertThat(resumed.get(0).data()).isEqualTo(fromStart.get(2).data());
    }

    @Test
    void aMalformedResumePointIs400() {
        as("coreco.treasurer")
                .header("Last-Event-ID", "abc")
                .accept("text/event-stream")
                .get("/api/v1/events")
                .then()
                .statusCode(400);
        as("coreco.treasurer")
                .accept("text/event-stream")
                .get("/api/v1/events?fromBlock=x")
                .then()
                .statusCode(400);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
