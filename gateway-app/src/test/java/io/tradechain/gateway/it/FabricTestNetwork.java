package io.tradechain.gateway.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real Fabric network the integration tests run on, through {@code scripts/network.sh}: on
 * Docker when an engine answers, else with the native Fabric binaries (peer, orderer, osnadmin,
 * configtxgen, cryptogen on the PATH; FABRIC_CFG_PATH or Fabric's config/ beside the binaries).
 * Tests are skipped, saying so, without either.
 */
final class FabricTestNetwork {
    static final Path ROOT =
            Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Path LOG = ROOT.resolve("network/run-it.log");

    private FabricTestNetwork() {}

    /**
     * Skips the calling test class without Docker or the binaries; brings the network up unless the
     * gateway at {@code readyProbe} already answers.
     *
     * @return true when this call brought the network up (the caller takes it down again)
     */
    static boolean upOrSkip(String readyProbe) throws Exception {
        // the runtime scripts/network.sh will use: TRADECHAIN_NETWORK_RUNTIME when set, else either
        String runtime = System.getenv().getOrDefault("TRADECHAIN_NETWORK_RUNTIME", "");
        boolean binaries =
                List.of("peer", "orderer", "osnadmin", "configtxgen", "cryptogen", "discover")
                        .stream()
                        .allMatch(FabricTestNetwork::onPath);
        boolean docker = !runtime.equals("native") && dockerEngine();
        assumeTrue(
                runtime.equals("docker") ? docker : binaries || docker,
                "no Fabric network can be brought up (TRADECHAIN_NETWORK_RUNTIME="
                        + (runtime.isEmpty() ? "unset" : runtime)
                        + ", Docker engine: "
                        + docker
                        + ", Fabric binaries peer, orderer, osnadmin, configtxgen, cryptogen, discover on the PATH: "
                        + binaries
                        + "): the real-network scenarios are skipped (README: Real Fabric network)");
        if (runs(readyProbe)) {
            return false;
        }
        run("up");
        return true;
    }

    /**
     * Whether the gateway at this base URL is up: it answers ready within 60 s, asked every second
     * with 10 s to answer. A loaded machine can take more than the 2 s of {@link #ready} to answer
     * a running gateway's health check, and taking that for "no network" would run {@code up} again
     * on a running network (restarting every chaincode server and gateway under the other tests)
     * and take it down afterwards. Nothing listening is answered at once.
     */
    static boolean runs(String base) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        do {
            try {
                int status =
                        HTTP.send(
                                        HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                                                .timeout(Duration.ofSeconds(10))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                if (status == 200) {
                    return true;
                }
            } catch (java.net.ConnectException e) {
                return false;
            } catch (java.io.IOException e) {
                // no answer in time: asked again
            }
            Thread.sleep(1_000);
        } while (System.nanoTime() < until);
        return false;
    }

    /**
     * Runs {@code scripts/network.sh} with the given command, its output appended to
     * network/run-it.log.
     */
    static void run(String... command) throws Exception {
        List<String> args =
                new ArrayList<>(List.of("bash", ROOT.resolve("scripts/network.sh").toString()));
        args.addAll(List.of(command));
        Process process =
                new ProcessBuilder(args)
                        .directory(ROOT.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()))
                        .start();
        assertThat(process.waitFor())
                .as("scripts/network.sh " + String.join(" ", command) + " (log: " + LOG + ")")
                .isZero();
    }

    /** Whether the gateway at this base URL is ready. */
    static boolean ready(String base) {
        try {
            return HTTP.send(
                                    HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                                            .timeout(Duration.ofSeconds(2))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (Exception e) {
            return false;
        }
    }

    /** HTTP Basic for a demo user of fixtures/users.json. */
    static String auth(String user) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether a Docker engine answers (DOCKER_HOST is honoured): scripts/network.sh then picks the
     * Docker runtime itself, when Compose answers too.
     */
    private static boolean dockerEngine() {
        if (!onPath("docker")) {
            return false;
        }
        try {
            Process info =
                    new ProcessBuilder("docker", "info")
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start();
            return info.waitFor(20, TimeUnit.SECONDS) && info.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean onPath(String binary) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, binary))) {
                return true;
            }
        }
        return false;
    }
}
