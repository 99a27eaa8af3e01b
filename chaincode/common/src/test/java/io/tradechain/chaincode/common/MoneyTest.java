package io.tradechain.chaincode.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {
    private static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    @Test
    void addsAndSubtractsExactly() {
        Money a = Money.of(60_000_000_00L, "CNY");
        assertThat(a.plus(Money.of(1, "CNY")).minorUnits()).isEqualTo(6_000_000_001L);
        assertThat(a.minus(a).isZero()).isTrue();
        assertThat(Money.of(5, "CNY").greaterThan(Money.of(4, "CNY"))).isTrue();
    }

    @Test
    void refusesOverflowInsteadOfWrapping() {
        Money max = Money.of(Long.MAX_VALUE, "CNY");
        assertThatThrownBy(() -> max.plus(Money.of(1, "CNY"))).satisfies(t -> assertThat(code(t))
                .isEqualTo("AMOUNT_OVERFLOW"));
        assertThatThrownBy(() -> Money.of(Long.MIN_VALUE, "CNY").minus(Money.of(1, "CNY")))
                .satisfies(t -> assertThat(code(t)).isEqualTo("AMOUNT_OVERFLOW"));
    }

    @Test
    void neverMixesCurrencies() {
        assertThatThrownBy(() -> Money.of(1, "CNY").plus(Money.of(1, "USD")))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CURRENCY_MISMATCH"));
        assertThatThrownBy(() -> Money.of(1, "CNY").compareTo(Money.of(1, "USD")))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void refusesUnknownCurrencies() {
        assertThatThrownBy(() -> Money.of(1, "XXX")).satisfies(t -> assertThat(code(t))
                .isEqualTo("UNSUPPORTED_CURRENCY"));
        assertThatThrownBy(() -> Money.of(1, "cny")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> Money.of(1, null)).isInstanceOf(BusinessException.class);
    }

    @Test
    void formatsWithTheCurrencysDigits() {
        assertThat(Money.of(123450, "CNY").toDecimalString()).isEqualTo("1234.50");
        assertThat(Money.of(5, "CNY").toDecimalString()).isEqualTo("0.05");
        assertThat(Money.of(-5, "CNY").toDecimalString()).isEqualTo("-0.05");
        assertThat(Money.of(1234, "JPY").toDecimalString()).isEqualTo("1234");
        assertThat(Money.of(1234, "KWD").toDecimalString()).isEqualTo("1.234");
        assertThat(Money.of(Long.MIN_VALUE, "CNY").toDecimalString()).isEqualTo("-92233720368547758.08");
    }

    @Test
    void requirePositiveNamesTheField() {
        assertThatThrownBy(() -> Money.zero("CNY").requirePositive("amount"))
                .hasMessageContaining("amount").satisfies(t -> assertThat(code(t)).isEqualTo("INVALID_ARGUMENT"));
        assertThat(Money.of(1, "CNY").requirePositive("amount").minorUnits()).isEqualTo(1);
    }

    @Test
    void serialisesAsMinorUnitsAndCurrency() {
        assertThat(CanonicalJson.toJson(Money.of(100, "CNY"))).isEqualTo("{\"currency\":\"CNY\",\"minorUnits\":100}");
        assertThat(CanonicalJson.fromBytes("{\"currency\":\"CNY\",\"minorUnits\":100}".getBytes(), Money.class))
                .isEqualTo(Money.of(100, "CNY"));
        assertThatThrownBy(() -> CanonicalJson.parseArgument("amount",
                "{\"currency\":\"CNY\",\"minorUnits\":1.5}", Money.class))
                .satisfies(t -> assertThat(code(t)).isEqualTo("INVALID_ARGUMENT"));
    }
}
