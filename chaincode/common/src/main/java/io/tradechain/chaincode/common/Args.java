package io.tradechain.chaincode.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** Argument checks; every failure is INVALID_ARGUMENT (or a more precise code) naming the field. */
public final class Args {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Args() {
    }

    /** Required text: not blank, no control characters, no surrounding whitespace, at most maxLength. */
    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw invalid(field, field + " is required");
        }
        if (value.length() > maxLength) {
            throw invalid(field, field + " is longer than " + maxLength + " characters");
        }
        if (!value.equals(value.strip())) {
            throw invalid(field, field + " must not start or end with whitespace");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw invalid(field, field + " must not contain control characters");
        }
        return value;
    }

    /** Optional text: null or empty gives null, else as {@link #text}. */
    public static String optionalText(String field, String value, int maxLength) {
        return value == null || value.isEmpty() ? null : text(field, value, maxLength);
    }

    public static String matches(String field, String value, Pattern pattern, String expectedDescription) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw invalid(field, field + " must be " + expectedDescription);
        }
        return value;
    }

    public static long positive(String field, long value) {
        if (value <= 0) {
            throw invalid(field, field + " must be positive, got " + value);
        }
        return value;
    }

    public static long nonNegative(String field, long value) {
        if (value < 0) {
            throw invalid(field, field + " must not be negative, got " + value);
        }
        return value;
    }

    public static int count(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw invalid(field, field + " must be from " + min + " to " + max + ", got " + value);
        }
        return value;
    }

    /** A calendar date written yyyy-MM-dd. */
    public static String isoDate(String field, String value) {
        if (value == null || !ISO_DATE.matcher(value).matches()) {
            throw invalid(field, field + " must be a date written yyyy-MM-dd");
        }
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(field, field + " is not a calendar date: " + value);
        }
        return value;
    }

    /** One of an enum's constants, by exact name; the message lists the allowed values. */
    public static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw invalid(field, field + " must be one of " + allowed + ", got '" + value + "'");
    }

    /** A SHA-256 digest in lowercase hex. */
    public static String sha256Hex(String field, String value) {
        return matches(field, value, SHA256_HEX, "a SHA-256 hash as 64 lowercase hex characters");
    }

    /** A unified social credit code, normalised to upper case; INVALID_CREDIT_CODE if malformed. */
    public static String creditCode(String field, String value) {
        String code = CreditCode.normalise(value);
        if (!CreditCode.isValid(code)) {
            throw BusinessException.of(CommonErrorCode.INVALID_CREDIT_CODE, field + " '" + value
                    + "' is not a valid unified social credit code (18 characters, check character last)",
                    "field", field);
        }
        return code;
    }

    /** A private input from the transient map; MISSING_TRANSIENT if absent or empty. */
    public static byte[] transientValue(ChaincodeStub stub, String key) {
        Map<String, byte[]> map = stub.getTransient();
        byte[] value = map == null ? null : map.get(key);
        if (value == null || value.length == 0) {
            throw BusinessException.of(CommonErrorCode.MISSING_TRANSIENT,
                    "private input '" + key + "' must be sent in the transient map", "field", key);
        }
        return value;
    }

    private static BusinessException invalid(String field, String message) {
        return BusinessException.of(CommonErrorCode.INVALID_ARGUMENT, message, "field", field);
    }
}
