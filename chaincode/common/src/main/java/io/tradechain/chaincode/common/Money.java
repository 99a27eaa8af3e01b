package io.tradechain.chaincode.common;

/**
 * An amount as a whole number of minor units (fen for CNY, cents for USD, yen for JPY) of an
 * ISO-4217 currency. No floating point anywhere. Arithmetic is exact: an overflow is refused
 * ({@code AMOUNT_OVERFLOW}), never wrapped, and two currencies never mix ({@code
 * CURRENCY_MISMATCH}). Stored as {@code {"currency":"CNY","minorUnits":123450}}.
 *
 * @param minorUnits the amount in minor units; may be negative (e.g. a difference)
 * @param currency a code {@link Currencies} supports
 */
public record Money(long minorUnits, String currency) implements Comparable<Money> {
    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[0-9]{1,18}(\\.[0-9]{1,6})?");

    /**
     * Checks the currency.
     *
     * @throws BusinessException {@code UNSUPPORTED_CURRENCY}
     */
    public Money {
        Currencies.minorDigits(currency);
    }

    /** The amount {@code minorUnits} of {@code currency}. */
    public static Money of(long minorUnits, String currency) {
        return new Money(minorUnits, currency);
    }

    /**
     * The positive amount {@code text} names in {@code currency}, written as {@link
     * #toDecimalString()} writes it (digits, optionally a point and at most the currency's minor
     * digits), as refusals and events carry amounts.
     *
     * @throws BusinessException {@code INVALID_ARGUMENT} naming {@code field} otherwise
     */
    public static Money parseDecimal(String field, String text, String currency) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            throw invalidDecimal(field, "must be a positive decimal amount such as 1000000.00");
        }
        int digits = Currencies.minorDigits(currency);
        int point = text.indexOf('.');
        String whole = point < 0 ? text : text.substring(0, point);
        String fraction = point < 0 ? "" : text.substring(point + 1);
        if (fraction.length() > digits) {
            throw invalidDecimal(
                    field, "has more decimals than " + currency + " allows (" + digits + ")");
        }
        try {
            return of(
                            Long.parseLong(
                                    whole + fraction + "0".repeat(digits - fraction.length())),
                            currency)
                    .requirePositive(field);
        } catch (NumberFormatException e) {
            throw invalidDecimal(field, "is too large");
        }
    }

    /**
     * The positive amount {@code text} names as a whole number of minor units of {@code currency},
     * as refusal details and events carry amounts ({@link #minorUnitsText()}).
     *
     * @throws BusinessException {@code INVALID_ARGUMENT} naming {@code field} otherwise
     */
    public static Money parseMinorUnits(String field, String text, String currency) {
        if (text == null || !text.matches("[0-9]{1,18}")) {
            throw invalidDecimal(
                    field, "must be a positive whole number of minor units such as 100000000");
        }
        return of(Long.parseLong(text), currency).requirePositive(field);
    }

    /**
     * The minor units as text, as refusal details and event ids carry amounts (beside a {@code
     * currency}).
     */
    public String minorUnitsText() {
        return Long.toString(minorUnits);
    }

    private static BusinessException invalidDecimal(String field, String problem) {
        return BusinessException.of(
                CommonErrorCode.INVALID_ARGUMENT, field + " " + problem, "field", field);
    }

    /** Zero of the currency, the start of a sum. */
    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    /**
     * This plus other; AMOUNT_OVERFLOW beyond the range of long, CURRENCY_MISMATCH for another
     * currency.
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        try {
            return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
        } catch (ArithmeticException e) {
            throw overflow("adding " + other.toDecimalString() + " to " + toDecimalString());
        }
    }

    /**
     * This minus other; AMOUNT_OVERFLOW beyond the range of long, CURRENCY_MISMATCH for another
     * currency.
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        try {
            return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
        } catch (ArithmeticException e) {
            throw overflow("subtracting " + other.toDecimalString() + " from " + toDecimalString());
        }
    }

    /** True above zero. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isPositive() {
        return minorUnits > 0;
    }

    /** True at zero. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isZero() {
        return minorUnits == 0;
    }

    /** True below zero. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isNegative() {
        return minorUnits < 0;
    }

    /** True if this is more than other; CURRENCY_MISMATCH for another currency. */
    public boolean greaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * This amount if it is above zero.
     *
     * @throws BusinessException {@code INVALID_ARGUMENT} naming the field and the amount
     */
    public Money requirePositive(String field) {
        if (!isPositive()) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    field + " must be more than zero, got " + currency + " " + toDecimalString(),
                    "field",
                    field);
        }
        return this;
    }

    /**
     * Orders amounts of one currency; CURRENCY_MISMATCH for another currency (there is no exchange
     * rate here).
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    /**
     * The amount in major units with exactly the currency's minor digits: {@code 1234.50} (CNY),
     * {@code 1234} (JPY), {@code 1.234} (KWD), {@code -0.05}. Computed on the digits, without
     * floating point.
     */
    public String toDecimalString() {
        int digits = Currencies.minorDigits(currency);
        String sign = minorUnits < 0 ? "-" : "";
        // Long.MIN_VALUE has no positive counterpart: negate via its decimal text instead of
        // Math.abs.
        String magnitude = Long.toString(minorUnits);
        if (minorUnits < 0) {
            magnitude = magnitude.substring(1);
        }
        if (digits == 0) {
            return sign + magnitude;
        }
        String padded = "0".repeat(Math.max(0, digits + 1 - magnitude.length())) + magnitude;
        int point = padded.length() - digits;
        return sign + padded.substring(0, point) + "." + padded.substring(point);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw BusinessException.of(
                    CommonErrorCode.CURRENCY_MISMATCH,
                    "an amount in "
                            + other.currency
                            + " cannot be combined with one in "
                            + currency,
                    "currency",
                    currency,
                    "otherCurrency",
                    other.currency);
        }
    }

    private BusinessException overflow(String operation) {
        return BusinessException.of(
                CommonErrorCode.AMOUNT_OVERFLOW,
                operation + " " + currency + " leaves the range of amounts the ledger can hold",
                "currency",
                currency);
    }
}
