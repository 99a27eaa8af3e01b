package io.tradechain.blacklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged jar as a chaincode-as-a-service container would ({@code java -jar} with the two
 * environment variables) and checks that it listens; without them it must say what is missing and
 * exit 2.
 */
class BlacklistChaincodeJarIT {
    private static final Path JAR =
            Path.of(System.getProperty("chaincode.jar", "target/blacklist-chaincode.jar"));

    private static ProcessBuilder java(Path log) {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(javaBin, "-jar", JAR.toString());
        builder.environment().clear();
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder;
    }

    @Test
    void theJarServesTheChaincodeWhenTheEnvironmentIsSet() throws Exception {
        assertThat(JAR).exists();
        int port = freePort();
        Path log = Files.createTempFile("blacklist-ccaas", ".log");
        ProcessBuilder builder = java(log);
        builder.environment().put("CHAINCODE_SERVER_ADDRESS", "127.0.0.1:" + port);
        builder.environment().put("CORE_CHAINCODE_ID_NAME", "blacklist_0.1:0123456789abcdef");
        Process process = builder.start();
        try {
            // the loop ends as soon as the JVM exits: the limit only catches a server that
            // hangs; a JVM starting on two cores loaded by other builds took over 60 s to listen
            Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
            boolean listening = false;
            while (!listening && Instant.now().isBefore(deadline) && process.isAlive()) {
                listening = accepts(port);
                if (!listening) {
                    Thread.sleep(200);
                }
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(listening)
                    .as("chaincode server listening on %d; output:%n%s", port, output)
                    .isTrue();
            assertThat(process.isAlive()).isTrue();
        } finally {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            Files.deleteIfExists(log);
        }
    }

    @Test
    void theJarExplainsAMissingEnvironment() throws Exception {
        Path log = Files.createTempFile("blacklist-ccaas", ".log");
        try {
            Process process = java(log).start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(2);
            assertThat(Files.readString(log, StandardCharsets.UTF_8))
                    .contains("CHAINCODE_SERVER_ADDRESS")
                    .contains("CORE_CHAINCODE_ID_NAME")
                    .doesNotContain("Exception");
        } finally {
            Files.deleteIfExists(log);
        }
    }

    @Test
    void theJarHoldsOnlyTheBlacklistContractAndItsConfiguration() throws Exception {
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            assertThat(zip.getEntry("io/tradechain/blacklist/BlacklistContract.class")).isNotNull();
            assertThat(zip.getEntry("io/tradechain/blacklist/collections.json")).isNotNull();
            assertThat(zip.getEntry("config.props")).isNotNull();
            assertThat(zip.stream().map(e -> e.getName()))
                    .noneMatch(
                            name ->
                                    name.startsWith("io/tradechain/blacklistscan/")
                                            || name.startsWith("io/tradechain/blacklistprobe/")
                                            || name.startsWith("io/tradechain/parties/"));
        }
    }

    @Test
    void theClientJarHoldsTheCheckButNoContract() throws Exception {
        Path client =
                Path.of(
                        System.getProperty(
                                "client.jar",
                                "target/chaincode-blacklist-0.1.0-SNAPSHOT-client.jar"));
        try (ZipFile zip = new ZipFile(client.toFile())) {
            assertThat(zip.stream().map(e -> e.getName()).filter(name -> name.endsWith(".class")))
                    .containsExactlyInAnyOrder(
                            "io/tradechain/blacklist/BlacklistCheck.class",
                            "io/tradechain/blacklist/BlacklistStatus.class",
                            "io/tradechain/blacklist/BlacklistErrorCode.class");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
