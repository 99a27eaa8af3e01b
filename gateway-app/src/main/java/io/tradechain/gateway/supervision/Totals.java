package io.tradechain.gateway.supervision;

import io.tradechain.chaincode.common.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Sums of money per currency, exact (long minor units, overflow refused), listed in currency order. */
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

    /** [{currency, minorUnits, amount}] in currency order; zero sums left out. */
    List<Map<String, Object>> view() {
        List<Map<String, Object>> out = new ArrayList<>();
        byCurrency.forEach((currency, minor) -> {
            if (minor != 0L) {
                Map<String, Object> one = new TreeMap<>();
                one.put("currency", currency);
                one.put("minorUnits", minor);
                one.put("amount", Money.of(minor, currency).toDecimalString());
                out.add(one);
            }
        });
        return out;
    }

    /** "CNY 100.00; USD 5.00" for CSV cells. */
    String text() {
        List<String> parts = new ArrayList<>();
        byCurrency.forEach((currency, minor) -> {
            if (minor != 0L) {
                parts.add(currency + " " + Money.of(minor, currency).toDecimalString());
            }
        });
        return String.join("; ", parts);
    }
}
