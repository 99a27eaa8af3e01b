package io.tradechain.chaincode.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {
    /**
     * The first 17 characters of codes in the real layout: authority, type, region (6 digits),
     * organisation code.
     */
    private static final String[] FIRST_17 = {
        "91310115MA1K4HQ27", // 9 industry & commerce, 1 enterprise, 310115 Shanghai Pudong
        "91110000710934YQ4", // 110000 Beijing
        "11310000000013477", // 1 government authority
        "92330302MA2L0E9R5", // 2 individual business, 330302 Wenzhou
        "52440300MJL1234XY", // 5 civil affairs, 440300 Shenzhen
        "31000000000000000",
    };

    /**
     * The check character computed by hand from the standard's formula, independently of
     * CreditCode.
     */
    private static char expectedCheck(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return alphabet.charAt((31 - sum % 31) % 31);
    }

    @Test
    void codesCompletedWithTheComputedCheckCharacterAreValid() {
        for (String first17 : FIRST_17) {
            char check = CreditCode.checkCharacter(first17);
            assertThat(check).as(first17).isEqualTo(expectedCheck(first17));
            assertThat(CreditCode.isValid(first17 + check)).as(first17 + check).isTrue();
        }
        assertThat(CreditCode.isValid("91310115MA1K4HQ27W")).isTrue();
    }

    @Test
    void everyOtherCheckCharacterIsRefused() {
        String first17 = FIRST_17[0];
        char right = CreditCode.checkCharacter(first17);
        for (char c : CreditCode.ALPHABET.toCharArray()) {
            assertThat(CreditCode.isValid(first17 + c)).as(first17 + c).isEqualTo(c == right);
        }
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z'})
    void forbiddenLettersAreRefusedEvenWithAMatchingCheckCharacter(char forbidden) {
        String first16 = "91310115MA1K4HQ2";
        String code = first16 + forbidden;
        // Whatever check character follows, the forbidden letter alone makes the code invalid.
        for (char check : CreditCode.ALPHABET.toCharArray()) {
            assertThat(CreditCode.isValid(code + check)).isFalse();
        }
        assertThatThrownBy(() -> CreditCode.checkCharacter(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("position 17");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "91310115MA1K4HQ27",
                "91310115MA1K4HQ27WW",
                "9131011AMA1K4HQ27W",
                "91310115MA1K4HQ2-W"
            })
    void wrongLengthOrCharactersAreRefused(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @Test
    void theRegionMustBeDigits() {
        String first17 = "91A10115MA1K4HQ27";
        assertThat(CreditCode.isValid(first17 + CreditCode.checkCharacter(first17))).isFalse();
    }

    @Test
    void lowerCaseAndSurroundingSpacesAreNormalised() {
        assertThat(CreditCode.isValid("91310115ma1k4hq27w")).isFalse();
        assertThat(CreditCode.normalise(" 91310115ma1k4hq27w ")).isEqualTo("91310115MA1K4HQ27W");
        assertThat(CreditCode.normalise(null)).isNull();
        assertThat(Args.creditCode("seller", " 91310115ma1k4hq27w"))
                .isEqualTo("91310115MA1K4HQ27W");
    }

    @Test
    void argsRefuseWithInvalidCreditCodeNamingTheField() {
        assertThatThrownBy(() -> Args.creditCode("seller", "91310115MA1K4HQ27X"))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith(
                        "[VALIDATION/INVALID_CREDIT_CODE] seller '91310115MA1K4HQ27X' is not a valid")
                .satisfies(
                        t ->
                                assertThat(((BusinessException) t).details())
                                        .containsEntry("field", "seller"));
        assertThatThrownBy(() -> Args.creditCode("seller", null))
                .hasMessage(
                        "[VALIDATION/INVALID_CREDIT_CODE] seller is required details={\"field\":\"seller\"}");
    }

    @Test
    void everyCheckValueIsReachableAndNeverAForbiddenLetter() {
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            seen.add(CreditCode.checkCharacter(String.format("91310115MA%07d", i)));
        }
        assertThat(seen).hasSize(31).doesNotContain('I', 'O', 'S', 'V', 'Z');
    }

    @Test
    void checkCharacterNeedsSeventeenCharacters() {
        assertThatThrownBy(() -> CreditCode.checkCharacter("123"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly 17");
    }
}
