package io.tradechain.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two gateway processes on one data directory: the second refuses to start (non-zero exit, a log
 * line naming the directory and the other process), the first keeps serving, and once it stops the
 * directory opens again with every write the first acknowledged.
 */
class GatewayDataDirectoryLockIT {
    @TempDir Path work;

    @Test
    void aSecondGatewayOnTheSameDataDirectoryRefusesToStart() throws Exception {
        assumeTrue(
                Files.exists(GatewayProcess.jar()),
                "the packaged gateway "
                        + GatewayProcess.jar()
                        + " is missing (run through mvn verify)");
        Path data = work.resolve("ledger");
        Path firstLog = work.resolve("first.log");
        Path secondLog = work.resolve("second.log");
        long height;
        try (GatewayProcess first = GatewayProcess.start(data, firstLog)) {
            height = height(first.base());

            assertThatThrownBy(() -> GatewayProcess.start(data, secondLog).close())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("exited with")
                    .hasMessageNotContaining("exited with 0");
            String log = Files.readString(secondLog);
            assertThat(log)
                    .contains("refusing to start")
                    .contains(data.toAbsolutePath().toString())
                    .contains("another process");

            assertThat(height(first.base())).isEqualTo(height);
        }
        try (GatewayProcess again = GatewayProcess.start(data, work.resolve("again.log"))) {
            assertThat(height(again.base())).isGreaterThanOrEqualTo(height);
        }
    }

    private static long height(String base) throws Exception {
        HttpResponse<String> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(base + "/api/v1/ledger"))
                                        .header(
                                                "Authorization",
                                                "Basic "
                                                        + Base64.getEncoder()
                                                                .encodeToString(
                                                                        "regulator.auditor:demo"
                                                                                .getBytes(
                                                                                        StandardCharsets
                                                                                                .UTF_8)))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        String body = response.body();
        int at = body.indexOf("\"height\":") + "\"height\":".length();
        int end = at;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
        }
        return Long.parseLong(body.substring(at, end));
    }
}
