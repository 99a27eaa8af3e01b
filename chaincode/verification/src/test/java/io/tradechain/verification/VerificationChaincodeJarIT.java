package io.tradechain.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The self-contained jar a chaincode-as-a-service container runs: its contents, and that it serves.
 */
class VerificationChaincodeJarIT {
    private static final Path JAR =
            Path.of(System.getProperty("chaincode.jar", "target/verification-chaincode.jar"));

    @Test
    void theJarHoldsTheContractItsCollectionsAndTheBlacklistCheckButNotTheBlacklist()
            throws Exception {
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            assertThat(zip.getEntry("io/tradechain/verification/VerificationContract.class"))
                    .isNotNull();
            assertThat(zip.getEntry("io/tradechain/verification/collections.json")).isNotNull();
            assertThat(zip.getEntry("io/tradechain/blacklist/BlacklistCheck.class")).isNotNull();
            assertThat(zip.getEntry("io/tradechain/blacklist/BlacklistContract.class")).isNull();
            assertThat(zip.stream().map(e -> e.getName()))
                    .noneMatch(n -> n.startsWith("io/tradechain/parties/"));
        }
    }

    @Test
    void theJarListensWhenTheEnvironmentIsSet() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("verification-ccaas", ".log");
        ProcessBuilder builder =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-jar",
                                JAR.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().put("CHAINCODE_SERVER_ADDRESS", "127.0.0.1:" + port);
        builder.environment().put("CORE_CHAINCODE_ID_NAME", "verification_0.1:0123456789abcdef");
        Process process = builder.start();
        try {
            boolean listening = false;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!listening && process.isAlive() && System.nanoTime() < deadline) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                    listening = true;
                } catch (java.io.IOException notYet) {
                    Thread.sleep(200);
                }
            }
            assertThat(listening)
                    .as("listening on %d; output:%n%s", port, Files.readString(log))
                    .isTrue();
        } finally {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            Files.deleteIfExists(log);
        }
    }
}
