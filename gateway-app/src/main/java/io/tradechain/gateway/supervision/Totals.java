package io.tradechain.gateway.supervision;

import io.tradechain.chaincode.common.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Sums of money per currency, exact (long minor units, overflow refused), listed in currency order.
 */
final class Totals {
    private final TreeMap<String, Long> byCurrency = new TreeMap<>();

    Totals add(Money money) {
        if (money != null) {
            byCurrency.merge(money.currency(), money.minorUnits(), Math::addExact);
        }
        return this;
    }

    boolean isEmpty() {
        return byCurrency.values().stream().allMatch(v -> v == 0L);
    }

    /** Minor units in one currency (0 when none). */
    long minorUnits(String currency) {
        return byCurrency.getOrDefault(currency, 0L);
    }

    /** One amount per currency, in currency order; zero sums left out. */
    List<Money> view() {
        List<Money> out = new ArrayList<>();
        byCurrency.forEach(
                (currency, minor) -> {
                    if (minor != 0L) {
                        out.add(Money.of(minor, currency));
                    }
                });
        return out;
    }

    /** "CNY 10000; USD 500" (currency and minor units) for CSV cells. */
    String text() {
        List<String> parts = new ArrayList<>();
        byCurrency.forEach(
                (currency, minor) -> {
                    if (minor != 0L) {
                        parts.add(currency + " " + minor);
                    }
                });
        return String.join("; ", parts);
    }
}
