package io.tradechain.chaincode.common;

/**
 * An amount in integer minor units (fen for CNY) of an ISO-4217 currency. Arithmetic is exact: an overflow is
 * refused ({@code AMOUNT_OVERFLOW}), never wrapped, and two currencies never mix ({@code CURRENCY_MISMATCH}).
 */
public record Money(long minorUnits, String currency) implements Comparable<Money> {

    public Money {
        Currencies.minorDigits(currency);
    }

    public static Money of(long minorUnits, String currency) {
        return new Money(minorUnits, currency);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        try {
            return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        try {
            return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    public boolean greaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /** This amount if positive, else INVALID_ARGUMENT naming the field. */
    public Money requirePositive(String field) {
        if (!isPositive()) {
            throw BusinessException.of(CommonErrorCode.INVALID_ARGUMENT,
                    field + " must be positive, got " + toDecimalString() + " " + currency, "field", field);
        }
        return this;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    /** The amount in major units with the currency's digits, e.g. {@code 1234.50}; no floating point involved. */
    public String toDecimalString() {
        int digits = Currencies.minorDigits(currency);
        String sign = minorUnits < 0 ? "-" : "";
        String abs = minorUnits == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(minorUnits));
        if (digits == 0) {
            return sign + abs;
        }
        String padded = "0".repeat(Math.max(0, digits + 1 - abs.length())) + abs;
        int cut = padded.length() - digits;
        return sign + padded.substring(0, cut) + "." + padded.substring(cut);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw BusinessException.of(CommonErrorCode.CURRENCY_MISMATCH,
                    "cannot combine " + currency + " with " + other.currency, "currency", other.currency);
        }
    }

    private BusinessException overflow() {
        return BusinessException.of(CommonErrorCode.AMOUNT_OVERFLOW, "amount out of range for " + currency);
    }
}
