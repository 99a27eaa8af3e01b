package io.tradechain.gateway.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradechain.chaincode.common.CreditCode;
import io.tradechain.chaincode.common.Hashes;
import io.tradechain.gateway.support.ApiScenarios;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Committed transactions per second and latency through the gateways on a real Fabric network
 * ({@code scripts/network.sh up}): a trivial write (registering a party: one key) and a certificate
 * transfer (the receivables chaincode: the holder's party resolved through the party registry, the
 * piece spent, two children and four index entries written), with 1, 16 and 64 concurrent clients
 * ({@code -Dbench.clients}); every failed write is counted by its answer, and any failure makes the
 * run exit 1. The ratio shows what our chaincode costs on top of Fabric's own ordering and
 * validation. Not a test: run {@code scripts/bench-fabric.sh}.
 */
public final class FabricBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    private static final String BANK1 = "http://127.0.0.1:8081";
    private static final String CORP = "http://127.0.0.1:8083";
    private static final String AUTHORITY = "http://127.0.0.1:8084";
    private static final String HUADONG = "91310115MA1K4HQ27W";
    private static final String SUZHOU = "91320505MA1W3KT8XR";
    private static final String HANGZHOU = "91330106MA2CF1L6NM";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** The concurrent clients of each measured row ({@code -Dbench.clients=1,16,64}). */
    private static final int[] CLIENTS =
            Arrays.stream(System.getProperty("bench.clients", "1,16,64").split(","))
                    .map(String::trim)
                    .mapToInt(Integer::parseInt)
                    .toArray();

    /**
     * Every failed write of the run by its answer ("503 LEDGER_UNAVAILABLE"...): printed, and the
     * run fails.
     */
    private static final java.util.concurrent.ConcurrentMap<String, AtomicInteger> FAILURES =
            new java.util.concurrent.ConcurrentSkipListMap<>();

    private FabricBenchmark() {}

    /** A file the network script keeps in network/run (the runtime, the organisations joined). */
    private static java.util.Optional<String> networkFile(String name) throws java.io.IOException {
        java.nio.file.Path file = FabricTestNetwork.ROOT.resolve("network/run").resolve(name);
        return java.nio.file.Files.isRegularFile(file)
                ? java.util.Optional.of(java.nio.file.Files.readString(file))
                : java.util.Optional.empty();
    }

    public static void main(String[] args) throws Exception {
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                "machine: %s %s, %d cores, Java %s; %s per run; Fabric network of scripts/network.sh "
                        + "(%s runtime, 1 Raft orderer, BatchTimeout 50 ms, %d peers, LevelDB) on this "
                        + "machine%n",
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                rt.availableProcessors(),
                System.getProperty("java.version"),
                MEASURE,
                networkFile("runtime").map(String::strip).orElse("unknown"),
                5
                        + networkFile("orgs.extra")
                                .map(joined -> joined.strip().lines().count())
                                .orElse(0L));
        String run = Long.toString(System.currentTimeMillis() % 100_000, 31);
        List<String> rows = new ArrayList<>();
        for (int clients : CLIENTS) {
            rows.add(
                    measure(
                            "trivial write (RegisterParty)",
                            clients,
                            c -> () -> registerParty(run)));
        }
        for (int clients : CLIENTS) {
            List<String[]> pieces = new ArrayList<>();
            for (String piece : pieces(clients)) {
                pieces.add(new String[] {piece});
            }
            rows.add(
                    measure(
                            "certificate transfer (TransferPiece)",
                            clients,
                            c -> () -> transfer(pieces.get(c))));
        }
        System.out.printf(
                "%n%-38s %7s %8s %9s %9s %9s %8s%n",
                "write", "clients", "tx", "tx/s", "p50 ms", "p99 ms", "failed");
        rows.forEach(System.out::println);
        if (!FAILURES.isEmpty()) {
            System.out.println("failed writes, by answer: " + FAILURES);
            System.exit(1);
        }
    }

    private interface Write {
        void run() throws Exception;
    }

    private static String measure(String name, int clients, IntFunction<Write> writer)
            throws Exception {
        long end = System.nanoTime() + MEASURE.toNanos();
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[clients];
        AtomicInteger failed = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int index = c;
            long[] mine = new long[200_000];
            latencies.add(mine);
            Write write = writer.apply(c);
            Thread t =
                    new Thread(
                            () -> {
                                while (System.nanoTime() < end) {
                                    long start = System.nanoTime();
                                    try {
                                        write.run();
                                    } catch (Exception e) {
                                        failed.incrementAndGet();
                                        FAILURES.computeIfAbsent(
                                                        failureKind(e), k -> new AtomicInteger())
                                                .incrementAndGet();
                                        System.err.println(name + ": " + e.getMessage());
                                        continue;
                                    }
                                    mine[counts[index]++] = System.nanoTime() - start;
                                }
                            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        double p50 = total == 0 ? 0 : all[total / 2] / 1e6;
        double p99 = total == 0 ? 0 : all[Math.min(total - 1, (int) (total * 0.99))] / 1e6;
        String row =
                String.format(
                        "%-38s %7d %8d %9.1f %9.1f %9.1f %8d",
                        name,
                        clients,
                        total,
                        total / (double) MEASURE.toSeconds(),
                        p50,
                        p99,
                        failed.get());
        System.out.println(row);
        return row;
    }

    /**
     * "503 LEDGER_UNAVAILABLE" for an answered failure, else the exception's class (a timeout, a
     * reset).
     */
    private static String failureKind(Exception e) {
        if (e instanceof WriteFailed failed) {
            return failed.status + " " + failed.code;
        }
        return e.getClass().getSimpleName();
    }

    /** A write answered with a status of 300 or more. */
    private static final class WriteFailed extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String code;

        WriteFailed(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }

    private static void registerParty(String run) throws Exception {
        String first17 =
                "9133"
                        + String.format("%04d", SERIAL.incrementAndGet() % 10_000)
                        + "MA"
                        + pad(run + Integer.toString(SERIAL.get() / 10_000, 31), 7);
        String code = first17 + CreditCode.checkCharacter(first17);
        post(
                CORP,
                "corp.admin",
                "/api/v1/parties",
                Map.of("creditCode", code, "name", "benchmark supplier", "kind", "SUPPLIER"));
    }

    private static String pad(String base31, int length) {
        String digits =
                base31.toUpperCase()
                        .chars()
                        .mapToObj(
                                ch ->
                                        String.valueOf(
                                                CreditCode.ALPHABET.charAt(
                                                        Character.digit(ch, 31))))
                        .reduce("", String::concat);
        String padded = "0".repeat(Math.max(0, length - digits.length())) + digits;
        return padded.substring(padded.length() - length);
    }

    /** Hangzhou moves 1 fen of its piece to Suzhou; the remainder is its next piece. */
    private static void transfer(String[] piece) throws Exception {
        JsonNode result =
                post(
                        CORP,
                        "hangzhou.clerk",
                        "/api/v1/receivables/pieces/" + piece[0] + "/transfers",
                        Map.of(
                                "recipientCode",
                                SUZHOU,
                                "amount",
                                Map.of("currency", "CNY", "minorUnits", 1)));
        piece[0] = result.path("result").path("remainder").path("pieceId").asText();
    }

    /**
     * A line, an invoice, a certificate to Suzhou, accepted, and one piece of it for Hangzhou per
     * client.
     */
    private static List<String> pieces(int clients) throws Exception {
        String number = String.format("%08d", System.currentTimeMillis() % 100_000_000L);
        Map<String, Object> invoice =
                ApiScenarios.vatInvoice(
                        "3205194130",
                        number,
                        "739201846520" + number,
                        SUZHOU,
                        100_000_000L,
                        13_000_000L);
        post(AUTHORITY, "tax.officer", "/api/v1/verification/invoices", invoice);
        String line = "Bank1MSP:" + HUADONG;
        try {
            post(
                    BANK1,
                    "bank1.officer",
                    "/api/v1/receivables/lines",
                    Map.of(
                            "debtorCode",
                            HUADONG,
                            "limit",
                            money(10_000_000_000_000L),
                            "expiresOn",
                            LocalDate.now(ZoneOffset.UTC).plusYears(1).toString()));
        } catch (IllegalStateException e) {
            // the line exists from an earlier run
        }
        Map<String, Object> typed = new java.util.HashMap<>(invoice);
        typed.put("type", "INVOICE");
        String rootId =
                post(
                                CORP,
                                "coreco.treasurer",
                                "/api/v1/receivables/certificates",
                                Map.of(
                                        "lineId",
                                        line,
                                        "supplierCode",
                                        SUZHOU,
                                        "amount",
                                        money(50_000_000L),
                                        "maturityDate",
                                        LocalDate.now(ZoneOffset.UTC).plusDays(180).toString(),
                                        "contractRef",
                                        "BENCH-" + number,
                                        "invoiceDocumentId",
                                        Hashes.sha256Hex("INVOICE|3205194130|" + number),
                                        "invoice",
                                        typed))
                        .path("result")
                        .path("rootId")
                        .asText();
        post(
                CORP,
                "suzhou.clerk",
                "/api/v1/receivables/certificates/" + rootId + "/acceptance",
                null);
        // one piece of Hangzhou per client: Suzhou gives each client's starting piece
        List<String> own = new ArrayList<>();
        String rest = rootId;
        for (int c = 0; c < clients; c++) {
            JsonNode split =
                    post(
                                    CORP,
                                    "suzhou.clerk",
                                    "/api/v1/receivables/pieces/" + rest + "/transfers",
                                    Map.of("recipientCode", HANGZHOU, "amount", money(500_000L)))
                            .path("result");
            own.add(split.path("transferred").path("pieceId").asText());
            rest = split.path("remainder").path("pieceId").asText();
        }
        return own;
    }

    private static Map<String, Object> money(long minorUnits) {
        return Map.of("currency", "CNY", "minorUnits", minorUnits);
    }

    private static JsonNode post(String base, String user, String path, Object body)
            throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (user + ":demo")
                                                                .getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(
                                                JSON.writeValueAsString(body)))
                        .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            String code;
            try {
                code = JSON.readTree(response.body()).path("code").asText("?");
            } catch (java.io.IOException e) {
                code = "?";
            }
            throw new WriteFailed(
                    response.statusCode(),
                    code,
                    response.statusCode() + " " + path + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
