package io.tradechain.chaincode.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Checks of transaction arguments. Each returns the accepted value, so a contract reads {@code
 * String name = Args.text("name", name, 200);}. Every refusal is a {@link BusinessException}
 * ({@code INVALID_ARGUMENT} unless said otherwise) whose message starts with the field's name and
 * whose details hold {@code field=<name>}, so the gateway can point at the input.
 */
public final class Args {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private Args() {}

    /**
     * Required text: not null, not blank, no surrounding whitespace, no control characters (line
     * breaks included), at most {@code maxLength} characters (Unicode code points).
     */
    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw invalid(field, field + " is required");
        }
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            throw invalid(
                    field, field + " must be at most " + maxLength + " characters, got " + length);
        }
        if (!value.equals(value.strip())) {
            throw invalid(field, field + " must not start or end with spaces");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw invalid(
                    field,
                    field + " must not contain control characters such as line breaks or tabs");
        }
        return value;
    }

    /**
     * Optional text: null or {@code ""} gives null; anything else is checked as by {@link #text}.
     */
    public static String optionalText(String field, String value, int maxLength) {
        return value == null || value.isEmpty() ? null : text(field, value, maxLength);
    }

    /**
     * Text matching a pattern entirely.
     *
     * @param expectedDescription what a valid value looks like, for the message: "must be
     *     {expectedDescription}"
     */
    public static String matches(
            String field, String value, Pattern pattern, String expectedDescription) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw invalid(
                    field, field + " must be " + expectedDescription + ", got " + quoted(value));
        }
        return value;
    }

    /** A number above zero. */
    public static long positive(String field, long value) {
        if (value <= 0) {
            throw invalid(field, field + " must be more than zero, got " + value);
        }
        return value;
    }

    /** A number of zero or more. */
    public static long nonNegative(String field, long value) {
        if (value < 0) {
            throw invalid(field, field + " must not be negative, got " + value);
        }
        return value;
    }

    /** A count from {@code min} to {@code max} inclusive. */
    public static int count(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw invalid(field, field + " must be from " + min + " to " + max + ", got " + value);
        }
        return value;
    }

    /**
     * A calendar date written strictly {@code yyyy-MM-dd} (e.g. {@code 2026-02-28}; {@code
     * 2026-02-30} refused).
     */
    public static String isoDate(String field, String value) {
        if (value == null || !ISO_DATE.matcher(value).matches()) {
            throw invalid(
                    field, field + " must be a date written yyyy-MM-dd, got " + quoted(value));
        }
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(field, field + " must be a real calendar date, got " + quoted(value));
        }
        return value;
    }

    /** One of an enum's constants by exact name; the message lists the allowed names. */
    public static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        String allowed =
                Arrays.stream(type.getEnumConstants())
                        .map(Enum::name)
                        .collect(Collectors.joining(", "));
        throw invalid(field, field + " must be one of " + allowed + ", got " + quoted(value));
    }

    /** A SHA-256 digest as 64 lowercase hex characters (the form {@link Hashes} writes). */
    public static String sha256Hex(String field, String value) {
        return matches(
                field, value, SHA256_HEX, "a SHA-256 hash written as 64 lowercase hex characters");
    }

    /**
     * A unified social credit code; trimmed and upper-cased first, and returned that way.
     *
     * @throws BusinessException {@code INVALID_CREDIT_CODE} if missing, malformed or with a wrong
     *     check character
     */
    public static String creditCode(String field, String value) {
        String code = CreditCode.normalise(value);
        if (code == null || code.isEmpty()) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_CREDIT_CODE, field + " is required", "field", field);
        }
        if (!CreditCode.isValid(code)) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_CREDIT_CODE,
                    field
                            + " "
                            + quoted(value)
                            + " is not a valid unified social credit code (18 characters without I, O, S, V or Z, "
                            + "ending with its check character)",
                    "field",
                    field);
        }
        return code;
    }

    /**
     * A private input from the transaction's transient map (private inputs never travel as
     * arguments).
     *
     * @throws BusinessException {@code MISSING_TRANSIENT} if the key is absent or its value empty
     */
    public static byte[] transientValue(ChaincodeStub stub, String key) {
        Map<String, byte[]> map = stub.getTransient();
        byte[] value = map == null ? null : map.get(key);
        if (value == null || value.length == 0) {
            throw BusinessException.of(
                    CommonErrorCode.MISSING_TRANSIENT,
                    key
                            + " is required in the transient map (private inputs are not sent as arguments)",
                    "field",
                    key);
        }
        return value;
    }

    private static String quoted(String value) {
        return value == null ? "nothing" : "'" + value + "'";
    }

    private static BusinessException invalid(String field, String message) {
        return BusinessException.of(CommonErrorCode.INVALID_ARGUMENT, message, "field", field);
    }
}
