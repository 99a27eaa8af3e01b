package io.tradechain.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A chaincode module's packaged jar ({@code target/<name>-chaincode.jar}, the path the chaincode
 * parent pom hands failsafe as {@code chaincode.jar}), started as a chaincode-as-a-service
 * container starts it: {@code java -jar} in a clean environment (as the network scripts give it: a
 * leaked {@code CORE_PEER_TLS_ENABLED} would switch on TLS), with or without the two variables the
 * server needs. The {@code *ChaincodeJarIT} of each module assert on what it reports.
 */
public final class ChaincodeJar {
    /**
     * How long a start may take before the server must listen: 120 seconds, or {@code
     * -Dchaincode.jar.start-seconds=N} (the shim scans the jar for contracts first, which takes
     * long on a loaded machine).
     */
    private static final Duration START_TIMEOUT =
            Duration.ofSeconds(Long.getLong("chaincode.jar.start-seconds", 180));

    private final String name;
    private final Path path;

    private ChaincodeJar(String name, Path path) {
        this.name = name;
        this.path = path;
    }

    /** The jar of chaincode {@code name} as the module's build packaged it. */
    public static ChaincodeJar packaged(String name) {
        return new ChaincodeJar(
                name,
                Path.of(System.getProperty("chaincode.jar", "target/" + name + "-chaincode.jar")));
    }

    public Path path() {
        return path;
    }

    /** The names of every entry of the jar. */
    public List<String> entries() {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            return zip.stream().map(ZipEntry::getName).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * What a start with {@code CHAINCODE_SERVER_ADDRESS} and {@code CORE_CHAINCODE_ID_NAME} set
     * gave.
     *
     * @param port the port given in {@code CHAINCODE_SERVER_ADDRESS}
     * @param listening whether the server accepted a connection there within the start timeout
     * @param aliveAfterwards whether the process still ran after that
     * @param output what it printed
     */
    public record Served(int port, boolean listening, boolean aliveAfterwards, String output) {}

    /** What a start without the environment gave. */
    public record Exited(boolean exited, int exitValue, String output) {}

    /**
     * Starts the jar as a chaincode server on a free port, waits (up to the start timeout) until it
     * accepts a connection or dies, and stops it.
     */
    public Served serve() throws IOException, InterruptedException {
        int port = freePort();
        Path log = Files.createTempFile(name + "-ccaas", ".log");
        ProcessBuilder builder = java(log);
        builder.environment().put("CHAINCODE_SERVER_ADDRESS", "127.0.0.1:" + port);
        builder.environment().put("CORE_CHAINCODE_ID_NAME", name + "_0.1:0123456789abcdef");
        Process process = builder.start();
        try {
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            boolean listening = false;
            while (!listening && Instant.now().isBefore(deadline) && process.isAlive()) {
                listening = accepts(port);
                if (!listening) {
                    Thread.sleep(200);
                }
            }
            boolean alive = process.isAlive();
            return new Served(
                    port, listening, alive, Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            Files.deleteIfExists(log);
        }
    }

    /** Starts the jar with an empty environment and waits (up to 60 seconds) for it to exit. */
    public Exited runWithoutEnvironment() throws IOException, InterruptedException {
        Path log = Files.createTempFile(name + "-ccaas", ".log");
        try {
            Process process = java(log).start();
            boolean exited = process.waitFor(60, TimeUnit.SECONDS);
            if (!exited) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            return new Exited(
                    exited,
                    exited ? process.exitValue() : -1,
                    Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private ProcessBuilder java(Path log) {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(javaBin, "-jar", path.toString());
        builder.environment().clear();
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder;
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

    /**
     * What every chaincode jar must do as a chaincode-as-a-service container runs it: the jar
     * exists, listens with the two environment variables set, and its JVM is still alive after.
     */
    public void assertServes() throws IOException, InterruptedException {
        check(Files.isRegularFile(path()), "no packaged jar at " + path());
        Served served = serve();
        check(
                served.listening(),
                "chaincode server not listening on "
                        + served.port()
                        + "; output:\n"
                        + served.output());
        check(
                served.aliveAfterwards(),
                "the chaincode JVM died after listening:\n" + served.output());
    }

    /**
     * Without its environment the jar exits 2 naming both variables it misses, with no stack trace.
     */
    public void assertExplainsAMissingEnvironment() throws IOException, InterruptedException {
        Exited exited = runWithoutEnvironment();
        check(exited.exited(), "the jar did not exit without its environment");
        check(exited.exitValue() == 2, "exit value " + exited.exitValue() + ", not 2");
        String output = exited.output();
        check(
                output.contains("CHAINCODE_SERVER_ADDRESS")
                        && output.contains("CORE_CHAINCODE_ID_NAME")
                        && !output.contains("Exception"),
                "the jar's output should name both missing variables without a stack trace:\n"
                        + output);
    }

    private static void check(boolean holds, String failure) {
        if (!holds) {
            throw new AssertionError(failure);
        }
    }
}
