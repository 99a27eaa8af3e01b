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
        Money a = Money.of(6_000_000_000L, "CNY");
        assertThat(a.plus(Money.of(1, "CNY"))).isEqualTo(Money.of(6_000_000_001L, "CNY"));
        assertThat(a.minus(a).isZero()).isTrue();
        assertThat(Money.zero("CNY").minus(Money.of(5, "CNY")).isNegative()).isTrue();
        assertThat(Money.of(5, "CNY").greaterThan(Money.of(4, "CNY"))).isTrue();
        assertThat(Money.of(4, "CNY").greaterThan(Money.of(4, "CNY"))).isFalse();
        assertThat(Money.of(4, "CNY")).isLessThan(Money.of(5, "CNY"));
    }

    @Test
    void refusesOverflowAtLongMaxInsteadOfWrapping() {
        Money max = Money.of(Long.MAX_VALUE, "CNY");
        assertThat(max.plus(Money.zero("CNY"))).isEqualTo(max);
        assertThatThrownBy(() -> max.plus(Money.of(1, "CNY")))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith(
                        "[BUSINESS_RULE/AMOUNT_OVERFLOW] adding 0.01 to 92233720368547758.07 CNY");
        assertThatThrownBy(() -> Money.of(Long.MIN_VALUE, "CNY").minus(Money.of(1, "CNY")))
                .satisfies(t -> assertThat(code(t)).isEqualTo("AMOUNT_OVERFLOW"));
        assertThatThrownBy(() -> Money.of(-1, "CNY").minus(max).minus(Money.of(1, "CNY")))
                .satisfies(t -> assertThat(code(t)).isEqualTo("AMOUNT_OVERFLOW"));
    }

    @Test
    void neverMixesCurrencies() {
        assertThatThrownBy(() -> Money.of(1, "CNY").plus(Money.of(1, "USD")))
                .isInstanceOf(BusinessException.class)
                .hasMessage(
                        "[VALIDATION/CURRENCY_MISMATCH] an amount in USD cannot be combined with one in CNY details={\"currency\":\"CNY\",\"otherCurrency\":\"USD\"}");
        assertThatThrownBy(() -> Money.of(1, "CNY").minus(Money.of(1, "USD")))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CURRENCY_MISMATCH"));
        assertThatThrownBy(() -> Money.of(1, "CNY").greaterThan(Money.of(1, "HKD")))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CURRENCY_MISMATCH"));
    }

    @Test
    void refusesUnsupportedCurrencies() {
        assertThatThrownBy(() -> Money.of(1, "XXX"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("UNSUPPORTED_CURRENCY"))
                .hasMessageContaining("'XXX'")
                .hasMessageContaining("CNY");
        assertThatThrownBy(() -> Money.of(1, "cny"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("UNSUPPORTED_CURRENCY"));
        assertThatThrownBy(() -> Money.zero(null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("UNSUPPORTED_CURRENCY"));
    }

    @Test
    void formatsWithTheCurrencysMinorDigitsWithoutFloatingPoint() {
        assertThat(Money.of(123450, "CNY").toDecimalString()).isEqualTo("1234.50");
        assertThat(Money.of(5, "CNY").toDecimalString()).isEqualTo("0.05");
        assertThat(Money.of(-5, "CNY").toDecimalString()).isEqualTo("-0.05");
        assertThat(Money.of(0, "CNY").toDecimalString()).isEqualTo("0.00");
        assertThat(Money.of(1234, "JPY").toDecimalString()).isEqualTo("1234");
        assertThat(Money.of(-7, "KRW").toDecimalString()).isEqualTo("-7");
        assertThat(Money.of(1234, "KWD").toDecimalString()).isEqualTo("1.234");
        assertThat(Money.of(5, "BHD").toDecimalString()).isEqualTo("0.005");
        assertThat(Money.of(Long.MAX_VALUE, "CNY").toDecimalString())
                .isEqualTo("92233720368547758.07");
        assertThat(Money.of(Long.MIN_VALUE, "CNY").toDecimalString())
                .isEqualTo("-92233720368547758.08");
        // 0.1 + 0.2 in minor units is exactly 0.30
        assertThat(Money.of(10, "USD").plus(Money.of(20, "USD")).toDecimalString())
                .isEqualTo("0.30");
    }

    @Test
    void requirePositiveNamesTheField() {
        assertThatThrownBy(() -> Money.zero("CNY").requirePositive("faceValue"))
                .hasMessage(
                        "[VALIDATION/INVALID_ARGUMENT] faceValue must be more than zero, got CNY 0.00 details={\"field\":\"faceValue\"}")
                .satisfies(
                        t ->
                                assertThat(((BusinessException) t).details())
                                        .containsEntry("field", "faceValue"));
        assertThat(Money.of(1, "CNY").requirePositive("faceValue").minorUnits()).isEqualTo(1);
        assertThatThrownBy(() -> Money.of(-1, "CNY").requirePositive("faceValue"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("INVALID_ARGUMENT"));
    }

    @Test
    void storesAsMinorUnitsAndCurrencyOnly() {
        assertThat(CanonicalJson.toJson(Money.of(100, "CNY")))
                .isEqualTo("{\"currency\":\"CNY\",\"minorUnits\":100}");
        assertThat(
                        CanonicalJson.fromBytes(
                                "{\"currency\":\"CNY\",\"minorUnits\":100}".getBytes(),
                                Money.class))
                .isEqualTo(Money.of(100, "CNY"));
    }

    @Test
    void clientJsonWithAFractionOrAnUnknownCurrencyIsRefused() {
        assertThatThrownBy(
                        () ->
                                CanonicalJson.parseArgument(
                                        "amount",
                                        "{\"currency\":\"CNY\",\"minorUnits\":1.5}",
                                        Money.class))
                .hasMessage(
                        "[VALIDATION/INVALID_ARGUMENT] amount property 'minorUnits' must be a whole number, "
                                + "got '1.5' details={\"field\":\"amount\"}");
        assertThatThrownBy(
                        () ->
                                CanonicalJson.parseArgument(
                                        "amount",
                                        "{\"currency\":\"XXX\",\"minorUnits\":1}",
                                        Money.class))
                .hasMessageStartingWith("[VALIDATION/UNSUPPORTED_CURRENCY] amount: currency 'XXX'")
                .satisfies(
                        t ->
                                assertThat(((BusinessException) t).details())
                                        .containsEntry("field", "amount"));
    }

    @Test
    void parseDecimalReadsWhatToDecimalStringWritesAndNothingElse() {
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 1_000; i++) {
            Money money =
                    Money.of(1 + (random.nextLong() & 0xFFFF_FFFFFFL), i % 2 == 0 ? "CNY" : "JPY");
            assertThat(Money.parseDecimal("requested", money.toDecimalString(), money.currency()))
                    .isEqualTo(money);
        }
        assertThat(Money.parseDecimal("requested", "12", "CNY")).isEqualTo(Money.of(1200, "CNY"));
        for (String bad :
                new String[] {
                    "0", "0.00", "-1", "1.234", "1e3", " 1", "1,00", "", "99999999999999999.99"
                }) {
            assertThatThrownBy(() -> Money.parseDecimal("requested", bad, "CNY"))
                    .as(bad)
                    .isInstanceOf(BusinessException.class)
                    .satisfies(
                            t ->
                                    assertThat(((BusinessException) t).details())
                                            .containsEntry("field", "requested"));
        }
    }

    @Test
    void parseMinorUnitsReadsWhatMinorUnitsTextWritesAndNothingElse() {
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 1_000; i++) {
            Money money =
                    Money.of(1 + (random.nextLong() & 0xFFFF_FFFFFFL), i % 2 == 0 ? "CNY" : "JPY");
            assertThat(Money.parseMinorUnits("requested", money.minorUnitsText(), money.currency()))
                    .isEqualTo(money);
        }
        for (String bad :
                new String[] {
                    "0", "000", "-1", "1.00", "1e3", " 1", "1,00", "", "9999999999999999999"
                }) {
            assertThatThrownBy(() -> Money.parseMinorUnits("requested", bad, "CNY"))
                    .as(bad)
                    .isInstanceOf(BusinessException.class)
                    .satisfies(
                            t ->
                                    assertThat(((BusinessException) t).details())
                                            .containsEntry("field", "requested"));
        }
    }
}
