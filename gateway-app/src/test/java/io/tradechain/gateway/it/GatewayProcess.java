package io.tradechain.gateway.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The packaged gateway run as its own JVM on a free port, with a given data directory. */
public final class GatewayProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;

    private GatewayProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static Path jar() {
        return Path.of(System.getProperty("gateway.jar", "target/quarkus-app/quarkus-run.jar"));
    }

    static Path repositoryRoot() {
        return Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    }

    /** Starts the gateway and waits until it is ready (or fails, showing the end of its log). */
    public static GatewayProcess start(Path dataDir, Path log) throws Exception {
        Path root = repositoryRoot();
        return start(
                dataDir,
                log,
                root.resolve("fixtures/users.json"),
                root.resolve("fixtures/parties.json"));
    }

    /**
     * Starts the gateway with other fixture files (users, parties; documents.json is read beside
     * the parties).
     */
    public static GatewayProcess start(Path dataDir, Path log, Path usersFile, Path partiesFile)
            throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Dquarkus.http.port=" + port,
                                "-Dtradechain.data-dir=" + dataDir,
                                "-Dtradechain.users-file=" + usersFile,
                                "-Dtradechain.parties-file=" + partiesFile,
                                "-jar",
                                jar().toString()));
        // JVM options for the gateway, e.g.
        // -Dgateway.jvm.options=-XX:StartFlightRecording=filename=/tmp/g.jfr; by
        // default the pause goal the scripts start the gateway with (docs/operations.md: "JVM
        // options")
        String options =
                System.getProperty("gateway.jvm.options", "-XX:MaxGCPauseMillis=10").strip();
        if (!options.isEmpty()) {
            command.addAll(1, List.of(options.split("\\s+")));
        }
        Process process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .start();
        GatewayProcess gateway = new GatewayProcess(process, port, log);
        gateway.awaitReady(Duration.ofSeconds(90));
        return gateway;
    }

    private void awaitReady(Duration timeout) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the gateway exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<String> r =
                        client.send(
                                HttpRequest.newBuilder(URI.create(base() + "/q/health/ready"))
                                        .timeout(Duration.ofSeconds(2))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(
                "the gateway was not ready within " + timeout + ":\n" + tail());
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: no shutdown hook, no flush, as a power cut or an OOM killer would stop it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
