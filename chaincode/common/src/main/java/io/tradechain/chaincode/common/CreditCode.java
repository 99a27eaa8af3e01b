package io.tradechain.chaincode.common;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character alphabet
 * (no I, O, S, V, Z), positions 3-8 an administrative region in digits, the 18th a check character over the first 17.
 */
public final class CreditCode {
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** Trimmed and upper-cased; null stays null. */
    public static String normalise(String code) {
        return code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("need exactly 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("'" + first17.charAt(i) + "' is not in the code alphabet");
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** True for a well-formed code with the right check character (exact case: normalise first). */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            char c = code.charAt(i);
            if (ALPHABET.indexOf(c) < 0 || (i >= 2 && i <= 7 && !Character.isDigit(c))) {
                return false;
            }
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17);
    }
}
