package io.tradechain.receivables;

import io.tradechain.ledger.TxResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Transfers per second, and how the cost of a transfer, a trace and a holdings page changes between
 * a root of 10 pieces and one of 10,000 (issue 5), on the embedded ledger in process. A root grows
 * by its first holder splitting 1 fen off to B again and again (each split adds two pieces). Not a
 * test: run scripts/bench-receivables.sh.
 */
public final class ReceivablesBenchmark {
    private static final int SAMPLES = Integer.getInteger("bench.samples", 300);

    private ReceivablesBenchmark() {}

    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                "machine: %s %s, %d cores, Java %s; %d samples per figure, after as many warm-up%n",
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                rt.availableProcessors(),
                System.getProperty("java.version"),
                SAMPLES);
        System.out.printf(
                "%-8s %16s %14s %14s %18s%n",
                "pieces", "transfers/s", "transfer ms", "trace ms", "holdings page ms");
        // 10 again at the end: the first run also warms the JIT up, so compare the last two rows
        for (int pieces : new int[] {10, 10_000, 10}) {
            measure(pieces);
        }
    }

    private static void measure(int targetPieces) {
        ReceivablesNetwork net = new ReceivablesNetwork();
        net.grantLine(100_000_000_000L);
        String rootId = net.liveRoot(1_000_000_000L);
        String aPiece = rootId;
        List<String> bPieces = new ArrayList<>();
        for (int pieces = 1; pieces + 2 <= targetPieces; pieces += 2) {
            TxResult split =
                    ReceivablesNetwork.assertOk(
                            net.transfer(net.a, aPiece, ReceivablesNetwork.B, 1));
            bPieces.add(ReceivablesNetwork.json(split).get("transferred").get("pieceId").asText());
            aPiece = ReceivablesNetwork.json(split).get("remainder").get("pieceId").asText();
        }
        String bPiece = bPieces.get(bPieces.size() - 1);
        // warm-up and measure: transfers of A's remainder to C (1 fen each), traces of a B piece,
        // B's first page
        String[] current = {aPiece};
        Runnable transfer =
                () ->
                        current[0] =
                                ReceivablesNetwork.json(
                                                ReceivablesNetwork.assertOk(
                                                        net.transfer(
                                                                net.a,
                                                                current[0],
                                                                ReceivablesNetwork.C,
                                                                1)))
                                        .get("remainder")
                                        .get("pieceId")
                                        .asText();
        Runnable trace =
                () -> ReceivablesNetwork.assertOk(net.evaluate(net.b, "TracePiece", bPiece));
        Runnable page =
                () ->
                        ReceivablesNetwork.assertOk(
                                net.evaluate(
                                        net.b, "ListHoldings", ReceivablesNetwork.B, "20", ""));
        double transferMs = time(transfer);
        double traceMs = time(trace);
        double pageMs = time(page);
        System.out.printf(
                "%-8d %16.0f %14.3f %14.3f %18.3f%n",
                targetPieces, 1000 / transferMs, transferMs, traceMs, pageMs);
    }

    private static double time(Runnable action) {
        for (int i = 0; i < SAMPLES; i++) {
            action.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < SAMPLES; i++) {
            action.run();
        }
        return (System.nanoTime() - start) / 1e6 / SAMPLES;
    }
}
