package io.tradechain.forfaiting;

import static io.tradechain.letterofcredit.LcNetwork.assertOk;
import static io.tradechain.letterofcredit.LcNetwork.json;

import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.ledger.Identity;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import io.tradechain.letterofcredit.LcNetwork;
import java.util.Arrays;
import java.util.Map;

/**
 * The time of a complete L/C lifecycle (apply, issue, advise, present, receive, examine with a
 * discrepancy, waive, accept, negotiate, pay at maturity, close: 11 transactions) and of a
 * forfaiting sale of its claim (offer, two quotes, acceptance, two confirmations, acknowledgement:
 * 7 transactions, two of which also write in the L/C chaincode), on the embedded ledger in process
 * with the real party, blacklist and verification chaincodes. Not a test: run scripts/bench-lc.sh.
 */
public final class LcBenchmark {
    private static final int SAMPLES = Integer.getInteger("bench.samples", 200);

    private LcBenchmark() {}

    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                "machine: %s %s, %d cores, Java %s; %d lifecycles measured after as many warm-up%n",
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                rt.availableProcessors(),
                System.getProperty("java.version"),
                SAMPLES);
        LcNetwork net = new LcNetwork();
        net.deployRegistered(ChaincodeNames.FORFAITING);
        long[] lifecycle = new long[SAMPLES];
        long[] sale = new long[SAMPLES];
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < SAMPLES; i++) {
                long[] times = once(net);
                lifecycle[i] = times[0];
                sale[i] = times[1];
            }
        }
        print("L/C lifecycle (11 tx, forfaiting excluded)", lifecycle);
        print("forfaiting sale (7 tx)", sale);
    }

    /**
     * One L/C from application to close with its claim sold between negotiation and payment;
     * nanoseconds.
     */
    private static long[] once(LcNetwork net) {
        net.advanceTo("2026-03-02");
        long start = System.nanoTime();
        String lcId = net.advised(90);
        int n = net.presented(lcId, LcNetwork.AMOUNT);
        assertOk(net.submit(net.bank1, "ReceiveDocuments", lcId, n));
        assertOk(net.examine(lcId, n, "quality certificate issued by the seller"));
        assertOk(net.submit(net.core, "WaiveDiscrepancies", lcId, n));
        assertOk(net.submit(net.bank1, "AcceptPresentation", lcId, n));
        assertOk(net.negotiate(lcId, n, 98_000_000L));
        long lcPart = System.nanoTime() - start;

        long saleStart = System.nanoTime();
        String offerId =
                id(
                        net.ledger.submit(
                                Invocation.builder(net.bank2, "forfaiting", "PublishOffer")
                                        .args(lcId, Integer.toString(n))
                                        .transientData("offer", "{\"contact\":\"desk\"}")
                                        .build()),
                        "offerId");
        quote(net, offerId, 320, 98_200_000L);
        String best = quote(net, offerId, 295, 98_400_000L);
        assertOk(
                net.ledger.submit(
                        Invocation.of(net.bank2, "forfaiting", "AcceptQuote", offerId, best)));
        confirm(net, net.bank2, offerId);
        confirm(net, net.bank1, offerId);
        assertOk(
                net.ledger.submit(
                        Invocation.of(net.bank1, "forfaiting", "AcknowledgeTransfer", offerId)));
        long salePart = System.nanoTime() - saleStart;

        net.advanceTo("2026-05-31");
        long endStart = System.nanoTime();
        assertOk(net.submit(net.bank1, "Pay", lcId, n));
        assertOk(net.submit(net.bank1, "Close", lcId));
        return new long[] {lcPart + System.nanoTime() - endStart, salePart};
    }

    private static String quote(LcNetwork net, String offerId, int rateBp, long price) {
        return id(
                net.ledger.submit(
                        Invocation.builder(net.bank1, "forfaiting", "SubmitQuote")
                                .args(offerId)
                                .transientData(
                                        "quote",
                                        CanonicalJson.toJson(
                                                Map.of(
                                                        "discountRateBp",
                                                        rateBp,
                                                        "price",
                                                        Map.of(
                                                                "currency",
                                                                "CNY",
                                                                "minorUnits",
                                                                price))))
                                .build()),
                "quoteId");
    }

    private static void confirm(LcNetwork net, Identity bank, String offerId) {
        assertOk(
                net.ledger.submit(
                        Invocation.builder(bank, "forfaiting", "ConfirmTransfer")
                                .args(offerId)
                                .transientData(
                                        "transfer",
                                        "{\"agreementHash\":\""
                                                + "a".repeat(64)
                                                + "\",\"noticeHash\":\""
                                                + "b".repeat(64)
                                                + "\"}")
                                .build()));
    }

    private static String id(TxResult result, String field) {
        return json(assertOk(result)).get(field).asText();
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%-45s p50 %7.2f ms   p99 %7.2f ms   mean %7.2f ms%n",
                what,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.min(sorted.length - 1, Math.round(sorted.length * 0.99))] / 1e6,
                Arrays.stream(sorted).average().orElse(0) / 1e6);
    }
}
