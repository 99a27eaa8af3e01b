package io.tradechain.chaincode.common;

import java.util.Map;

/**
 * The ISO-4217 currencies the network trades in and their minor digits. A fixed table rather than
 * {@link java.util.Currency}, whose data changes between JDK builds: every peer must decide alike.
 */
public final class Currencies {
    private static final Map<String, Integer> MINOR_DIGITS = Map.ofEntries(
            Map.entry("CNY", 2), Map.entry("USD", 2), Map.entry("EUR", 2), Map.entry("HKD", 2),
            Map.entry("JPY", 0), Map.entry("GBP", 2), Map.entry("SGD", 2), Map.entry("CHF", 2),
            Map.entry("AUD", 2), Map.entry("CAD", 2), Map.entry("KRW", 0), Map.entry("MOP", 2),
            Map.entry("TWD", 2), Map.entry("RUB", 2), Map.entry("AED", 2), Map.entry("SAR", 2),
            Map.entry("KWD", 3), Map.entry("BHD", 3), Map.entry("THB", 2), Map.entry("MYR", 2),
            Map.entry("VND", 0), Map.entry("IDR", 2), Map.entry("INR", 2), Map.entry("NZD", 2));

    private Currencies() {
    }

    public static boolean isSupported(String code) {
        return code != null && MINOR_DIGITS.containsKey(code);
    }

    /** Minor digits of a supported currency; UNSUPPORTED_CURRENCY otherwise. */
    public static int minorDigits(String code) {
        Integer digits = code == null ? null : MINOR_DIGITS.get(code);
        if (digits == null) {
            throw BusinessException.of(CommonErrorCode.UNSUPPORTED_CURRENCY,
                    "currency '" + code + "' is not one the network trades in", "currency", String.valueOf(code));
        }
        return digits;
    }
}
