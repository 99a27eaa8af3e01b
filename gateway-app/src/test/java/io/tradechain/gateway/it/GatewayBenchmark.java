package io.tradechain.gateway.it;

import io.tradechain.chaincode.common.CreditCode;
import io.tradechain.gateway.ledger.LedgerPort;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.ledger.Signer;
import io.tradechain.gateway.ledger.embedded.EmbeddedLedgerAdapter;
import io.tradechain.gateway.ledger.embedded.EmbeddedLedgers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Committed writes per second and latency (p50, p99) of registering a party, with 1 and 32
 * concurrent clients: through the ledger API directly (the durable embedded ledger with group
 * commit, in this JVM) and through the REST API of a gateway process on its own durable ledger. Not
 * a test: run {@code scripts/bench-gateway.sh}.
 */
public final class GatewayBenchmark {
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup", 5));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 10));
    private static final Signer CORP_ADMIN = new Signer("CorpMSP", "corp-admin", Signer.ADMIN);
    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** One write as a client makes it; throws on anything but a commit. */
    private interface Client {
        void write(String code) throws Exception;
    }

    private record Result(
            String name,
            int clients,
            long writes,
            double seconds,
            double p50,
            double p99,
            long errors) {
        double perSecond() {
            return writes / seconds;
        }
    }

    private GatewayBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("tradechain-bench");
        printMachine();
        List<Result> results = new ArrayList<>();

        boolean withDirect = !"rest".equals(System.getProperty("bench.paths"));
        if (withDirect) {
            benchDirect(work, results);
        }
        if (!"direct".equals(System.getProperty("bench.paths"))) {
            benchRest(work, results);
        }

        System.out.println();

        System.out.printf(
                "%-28s %7s %10s %12s %9s %9s %7s%n",
                "path", "clients", "writes", "writes/s", "p50 ms", "p99 ms", "errors");
        for (Result r : results) {
            System.out.printf(
                    "%-28s %7d %10d %12.0f %9.2f %9.2f %7d%n",
                    r.name(), r.clients(), r.writes(), r.perSecond(), r.p50(), r.p99(), r.errors());
        }
        if (results.size() == 4) {
            System.out.printf(
                    "%nREST / direct throughput at 32 clients: %.2f%n",
                    results.get(3).perSecond() / results.get(1).perSecond());
        }
        System.out.println(
                "targets (issue 3): REST at 32 clients >= 2000 writes/s, p99 < 50 ms, ratio >= 0.50");
    }

    private static void benchDirect(Path work, List<Result> results) throws Exception {
        try (EmbeddedLedgerAdapter direct =
                EmbeddedLedgers.open(
                        "tradechain",
                        "parties",
                        Optional.of(work.resolve("direct")),
                        500,
                        Duration.ofSeconds(30))) {
            Client client = code -> submitDirect(direct, code);
            for (int clients : new int[] {1, 32}) {
                results.add(run("ledger API (direct)", clients, client));
            }
            System.out.println("direct ledger: " + direct.describe());
        }
    }

    private static void benchRest(Path work, List<Result> results) throws Exception {
        List<KeepAliveHttp> connections = java.util.Collections.synchronizedList(new ArrayList<>());
        Path log = work.resolve("gateway.log");
        try (GatewayProcess gateway = GatewayProcess.start(work.resolve("rest"), log)) {
            String auth =
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            "corp.admin:demo".getBytes(StandardCharsets.UTF_8));
            URI uri = URI.create(gateway.base() + "/api/v1/parties");
            Client client =
                    "jdk".equals(System.getProperty("bench.client"))
                            ? jdkClient(uri, auth)
                            : keepAliveClient(uri, auth, connections);
            for (int clients : new int[] {1, 32}) {
                results.add(run("REST API (gateway process)", clients, client));
            }
        } finally {
            for (KeepAliveHttp connection : connections) {
                connection.close();
            }
        }
    }

    private static String body(String code) {
        return "{\"creditCode\":\"" + code + "\",\"name\":\"基准测试供应商\",\"kind\":\"SUPPLIER\"}";
    }

    /**
     * One keep-alive HTTP/1.1 connection per client thread (default: the lightest load generator).
     */
    private static Client keepAliveClient(URI uri, String auth, List<KeepAliveHttp> connections) {
        ThreadLocal<KeepAliveHttp> own = new ThreadLocal<>();
        return code -> {
            KeepAliveHttp http = own.get();
            if (http == null) {
                http = new KeepAliveHttp(uri.getHost(), uri.getPort());
                connections.add(http);
                own.set(http);
            }
            java.io.ByteArrayOutputStream response = new java.io.ByteArrayOutputStream();
            int status = http.post(uri.getPath(), auth, body(code), response);
            if (status != 201) {
                throw new IllegalStateException(
                        status + " " + response.toString(StandardCharsets.UTF_8));
            }
        };
    }

    /** The JDK's HttpClient ({@code -Dbench.client=jdk}). */
    private static Client jdkClient(URI uri, String auth) {
        HttpClient http =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
        return code -> {
            HttpResponse<String> r =
                    http.send(
                            HttpRequest.newBuilder(uri)
                                    .header("Authorization", auth)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body(code)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
        };
    }

    private static void submitDirect(LedgerPort ledger, String code) {
        ledger.submit(
                Proposal.of(CORP_ADMIN, "parties", "RegisterParty", code, "基准测试供应商", "SUPPLIER"));
    }

    private static Result run(String name, int clients, Client client) throws InterruptedException {
        long warmUpEnd = System.nanoTime() + WARM_UP.toNanos();
        long end = warmUpEnd + MEASURE.toNanos();
        AtomicLong errors = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        long[] counts = new long[clients];
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int index = c;
            long[] mine = new long[4_000_000 / clients];
            latencies.add(mine);
            Thread t =
                    new Thread(
                            () -> {
                                try {
                                    long n = 0;
                                    while (true) {
                                        long start = System.nanoTime();
                                        if (start >= end) {
                                            break;
                                        }
                                        try {
                                            client.write(freshCode());
                                        } catch (Exception e) {
                                            if (errors.incrementAndGet() <= 3) {
                                                System.err.println(name + ": " + e);
                                            }
                                            continue;
                                        }
                                        long finished = System.nanoTime();
                                        if (start >= warmUpEnd
                                                && finished <= end
                                                && n < mine.length) {
                                            mine[(int) n++] = finished - start;
                                        }
                                    }
                                    counts[index] = n;
                                } finally {
                                    done.countDown();
                                }
                            },
                            "bench-client-" + c);
            t.start();
        }
        done.await();
        long total = Arrays.stream(counts).sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, (int) counts[c]);
            at += (int) counts[c];
        }
        Arrays.sort(all);
        Result r =
                new Result(
                        name,
                        clients,
                        total,
                        MEASURE.toNanos() / 1e9,
                        percentile(all, 0.50),
                        percentile(all, 0.99),
                        errors.get());
        System.out.printf(
                "%s, %d client(s): %.0f writes/s, p50 %.2f ms, p99 %.2f ms%n",
                name, clients, r.perSecond(), r.p50(), r.p99());
        return r;
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e6;
    }

    private static String freshCode() {
        String first17 = "91440300M" + String.format("%08d", SERIAL.incrementAndGet());
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static void printMachine() {
        String cpu = "unknown CPU";
        try {
            cpu =
                    Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                            .filter(l -> l.startsWith("model name"))
                            .findFirst()
                            .map(l -> l.substring(l.indexOf(':') + 1).trim())
                            .orElse(cpu);
        } catch (Exception e) {
            // not Linux
        }
        System.out.printf(
                "machine: %s, %d cores, %s %s, Java %s, max heap %d MB%n",
                cpu,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf(
                "each run: %s warm-up, %s measured; writes = RegisterParty committed on a durable block "
                        + "file%n",
                WARM_UP, MEASURE);
    }
}
