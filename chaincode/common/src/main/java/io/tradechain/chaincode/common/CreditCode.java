package io.tradechain.chaincode.common;

import java.util.Locale;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015) that identifies every Chinese legal
 * entity, and thus every party here: 18 characters from a 31-character alphabet (digits and
 * upper-case letters without I, O, S, V, Z). Position 1 is the registering authority, 2 the entity
 * type, 3-8 the administrative region (digits), 9-17 the organisation code, and 18 a check
 * character over the first 17.
 *
 * <p>The check character: each of the first 17 characters has its value (its index in the alphabet)
 * multiplied by the weight of its position (3^i mod 31: 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25,
 * 13, 8, 24, 10, 30, 28); the check value is {@code (31 - sum mod 31) mod 31}, written with the
 * same alphabet.
 */
public final class CreditCode {
    /** The 31 characters a code may hold, in value order. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** The length of a code. */
    public static final int LENGTH = 18;

    private static final int[] WEIGHTS = {
        1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
    };

    private CreditCode() {}

    /** Trimmed and upper-cased, as users type codes; null stays null. */
    public static String normalise(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * The check character of the first 17 characters of a code.
     *
     * @throws IllegalArgumentException if the text is not 17 characters of the alphabet
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException(
                    "the check character is computed over exactly 17 characters, got "
                            + (first17 == null ? "null" : first17.length()));
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException(
                        "'"
                                + first17.charAt(i)
                                + "' at position "
                                + (i + 1)
                                + " is not a credit code character");
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * True for a well-formed code with the right check character. Exact: lower case or spaces make
     * it invalid, so {@link #normalise} user input first.
     */
    public static boolean isValid(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = code.charAt(i);
            boolean regionPosition = i >= 2 && i <= 7;
            if (ALPHABET.indexOf(c) < 0 || (regionPosition && (c < '0' || c > '9'))) {
                return false;
            }
        }
        return checkCharacter(code.substring(0, LENGTH - 1)) == code.charAt(LENGTH - 1);
    }
}
