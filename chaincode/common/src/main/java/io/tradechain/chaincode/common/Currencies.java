package io.tradechain.chaincode.common;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The ISO-4217 currencies the network trades in, with their minor digits (2 for CNY: fen; 0 for
 * JPY; 3 for KWD). A fixed table rather than {@link java.util.Currency}, whose data changes between
 * JDK builds: every peer must decide alike, whatever JVM it runs.
 */
public final class Currencies {
    private static final Map<String, Integer> MINOR_DIGITS =
            new TreeMap<>(
                    Map.ofEntries(
                            Map.entry("AED", 2),
                            Map.entry("AUD", 2),
                            Map.entry("BHD", 3),
                            Map.entry("CAD", 2),
                            Map.entry("CHF", 2),
                            Map.entry("CNY", 2),
                            Map.entry("EUR", 2),
                            Map.entry("GBP", 2),
                            Map.entry("HKD", 2),
                            Map.entry("IDR", 2),
                            Map.entry("INR", 2),
                            Map.entry("JPY", 0),
                            Map.entry("KRW", 0),
                            Map.entry("KWD", 3),
                            Map.entry("MOP", 2),
                            Map.entry("MYR", 2),
                            Map.entry("NZD", 2),
                            Map.entry("RUB", 2),
                            Map.entry("SAR", 2),
                            Map.entry("SGD", 2),
                            Map.entry("THB", 2),
                            Map.entry("TWD", 2),
                            Map.entry("USD", 2),
                            Map.entry("VND", 0)));

    private Currencies() {}

    /** True for a code in the table; codes are exact upper-case ISO-4217 letters. */
    public static boolean isSupported(String code) {
        return code != null && MINOR_DIGITS.containsKey(code);
    }

    /**
     * The number of minor digits of a supported currency.
     *
     * @throws BusinessException {@code UNSUPPORTED_CURRENCY} naming the code and listing the
     *     supported ones
     */
    public static int minorDigits(String code) {
        Integer digits = code == null ? null : MINOR_DIGITS.get(code);
        if (digits == null) {
            throw BusinessException.of(
                    CommonErrorCode.UNSUPPORTED_CURRENCY,
                    (code == null
                                    ? "a currency is required"
                                    : "currency '" + code + "' is not traded on this network")
                            + "; supported: "
                            + String.join(", ", supported()),
                    "currency",
                    String.valueOf(code));
        }
        return digits;
    }

    /** The supported codes in alphabetical order. */
    public static SortedSet<String> supported() {
        return new TreeSet<>(MINOR_DIGITS.keySet());
    }
}
