package io.tradechain.gateway;

import io.tradechain.chaincode.common.CreditCode;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, valid unified social credit codes for tests that register parties (each call a new one).
 */
final class TestCodes {
    private static final AtomicInteger NEXT =
            new AtomicInteger((int) (System.nanoTime() % 100_000));

    private TestCodes() {}

    /** A supplier-style code: 9133 + region + MA + 8 serial characters + check character. */
    static String fresh() {
        String serial = String.format("%08d", NEXT.incrementAndGet() % 100_000_000);
        String first17 = "91330100M" + serial;
        return first17 + CreditCode.checkCharacter(first17);
    }
}
