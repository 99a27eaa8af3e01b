package io.tradechain.chaincode.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CurrenciesTest {
    @Test
    void knowsTheTradeCurrenciesAndTheirMinorDigits() {
        assertThat(Currencies.minorDigits("CNY")).isEqualTo(2);
        assertThat(Currencies.minorDigits("USD")).isEqualTo(2);
        assertThat(Currencies.minorDigits("EUR")).isEqualTo(2);
        assertThat(Currencies.minorDigits("HKD")).isEqualTo(2);
        assertThat(Currencies.minorDigits("JPY")).isZero();
        assertThat(Currencies.minorDigits("KRW")).isZero();
        assertThat(Currencies.minorDigits("KWD")).isEqualTo(3);
        assertThat(List.copyOf(Currencies.supported()))
                .contains(
                        "CNY", "USD", "EUR", "HKD", "JPY", "GBP", "SGD", "CHF", "AUD", "CAD", "KRW")
                .isSorted();
    }

    @Test
    void supportIsExactUpperCaseCodes() {
        assertThat(Currencies.isSupported("CNY")).isTrue();
        assertThat(Currencies.isSupported("cny")).isFalse();
        assertThat(Currencies.isSupported(" CNY")).isFalse();
        assertThat(Currencies.isSupported("RMB")).isFalse();
        assertThat(Currencies.isSupported(null)).isFalse();
    }

    @Test
    void anUnsupportedCodeIsRefusedWithTheListOfSupportedOnes() {
        assertThatThrownBy(() -> Currencies.minorDigits("RMB"))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith(
                        "[VALIDATION/UNSUPPORTED_CURRENCY] currency 'RMB' is not traded on this "
                                + "network; supported: AED, AUD,")
                .satisfies(
                        t ->
                                assertThat(((BusinessException) t).details())
                                        .containsEntry("currency", "RMB"));
        assertThatThrownBy(() -> Currencies.minorDigits(null))
                .hasMessageStartingWith("[VALIDATION/UNSUPPORTED_CURRENCY] a currency is required");
    }
}
