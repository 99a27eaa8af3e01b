package io.tradechain.verification;

import io.tradechain.ledger.TxResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Batch verification throughput on the embedded ledger (issue 4): registers 500 invoices, then
 * evaluates {@code Verify} with batches of 1, 100 and 500 documents (half authentic, a quarter
 * mismatched, a quarter unknown), each for a fixed time after a warm-up, and prints documents per
 * second and batch latencies with the machine. Not a test: run {@code
 * scripts/bench-verification.sh}.
 */
public final class VerificationBenchmark {
    private static final long WARM_UP_MS = Long.getLong("bench.warmup", 3) * 1000;
    private static final long MEASURE_MS = Long.getLong("bench.seconds", 5) * 1000;

    private VerificationBenchmark() {}

    public static void main(String[] args) {
        VerificationNetwork net = new VerificationNetwork();
        List<Map<String, Object>> documents = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Map<String, Object> invoice =
                    VerificationNetwork.invoice(String.format("%08d", 10_000_000 + i));
            net.registered(invoice);
            Map<String, Object> sent =
                    switch (i % 4) {
                        case 0, 1 -> invoice;
                        case 2 ->
                                VerificationNetwork.with(
                                        invoice, "amount", VerificationNetwork.money("CNY", 1));
                        default ->
                                VerificationNetwork.with(
                                        invoice,
                                        "invoiceNumber",
                                        String.format("%08d", 90_000_000 + i));
                    };
            documents.add(VerificationNetwork.typed("INVOICE", sent));
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                "machine: %s %s, %d cores, Java %s, max heap %d MB%n",
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                rt.availableProcessors(),
                System.getProperty("java.version"),
                rt.maxMemory() / (1024 * 1024));
        System.out.printf(
                "each size: %d s warm-up, %d s measured; Verify evaluated on the embedded ledger (in "
                        + "process, no HTTP)%n",
                WARM_UP_MS / 1000, MEASURE_MS / 1000);
        System.out.printf(
                "%-6s %10s %12s %10s %10s %10s%n",
                "batch", "batches", "docs/s", "p50 ms", "p99 ms", "max ms");
        for (int size : new int[] {1, 100, 500}) {
            run(net, documents.subList(0, size));
        }
    }

    private static void run(VerificationNetwork net, List<Map<String, Object>> batch) {
        long warmUpEnd = System.currentTimeMillis() + WARM_UP_MS;
        while (System.currentTimeMillis() < warmUpEnd) {
            once(net, batch);
        }
        long[] latencies = new long[1 << 20];
        int n = 0;
        long start = System.nanoTime();
        long end = start + MEASURE_MS * 1_000_000;
        while (System.nanoTime() < end && n < latencies.length) {
            long t0 = System.nanoTime();
            once(net, batch);
            latencies[n++] = System.nanoTime() - t0;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        System.out.printf(
                "%-6d %10d %12.0f %10.2f %10.2f %10.2f%n",
                batch.size(),
                n,
                n * batch.size() / seconds,
                sorted[n / 2] / 1e6,
                sorted[Math.min(n - 1, (int) (n * 0.99))] / 1e6,
                sorted[n - 1] / 1e6);
    }

    private static void once(VerificationNetwork net, List<Map<String, Object>> batch) {
        TxResult result = net.verify(net.bank1, batch);
        if (!result.isSuccess()) {
            throw new IllegalStateException("verification failed: " + result.message());
        }
    }
}
