package io.tradechain.chaincode.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CreditCodeTest {
    @ParameterizedTest
    @ValueSource(strings = {"91310115MA1K4HQ27W", "91110000710934YQ4T", "113100000000134775", "92330302MA2L0E9R52"})
    void wellFormedCodesWithTheRightCheckCharacterAreValid(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
        assertThat(CreditCode.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91310115MA1K4HQ27X", "91310115MA1K4HQ27", "91310115MA1K4HQ27WW", "91310115MA1K4HQ2IW",
        "9131011SMA1K4HQ27W", "91310115ma1k4hq27w", ""})
    void anythingElseIsInvalid(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @Test
    void normalisingAcceptsLowerCaseAndSpaces() {
        assertThat(CreditCode.isValid(CreditCode.normalise(" 91310115ma1k4hq27w "))).isTrue();
        assertThat(Args.creditCode("code", "91310115ma1k4hq27w")).isEqualTo("91310115MA1K4HQ27W");
    }

    @Test
    void refusalIsInvalidCreditCodeNamingTheField() {
        assertThatThrownBy(() -> Args.creditCode("seller", "91310115MA1K4HQ27X"))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("[VALIDATION/INVALID_CREDIT_CODE] seller");
    }

    @Test
    void everyValueOfTheCheckCharacterIsReachable() {
        java.util.Set<Character> seen = new java.util.HashSet<>();
        for (int i = 0; i < 2000; i++) {
            seen.add(CreditCode.checkCharacter(String.format("91310115MA%07d", i)));
        }
        assertThat(seen).hasSize(31).doesNotContain('I', 'O', 'S', 'V', 'Z');
    }
}
