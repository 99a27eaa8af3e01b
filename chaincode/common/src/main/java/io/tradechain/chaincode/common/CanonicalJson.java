package io.tradechain.chaincode.common;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one JSON form of the ledger. Endorsement compares the bytes each peer wrote, so equal values
 * must give identical bytes everywhere:
 *
 * <ul>
 *   <li>properties are the fields (records: their components), never derived getters such as {@code
 *       Money.isPositive()}; sorted alphabetically;
 *   <li>map entries sorted by key, whatever the map's own order (a {@code HashMap} is fine);
 *   <li>null properties omitted, no whitespace, UTF-8;
 *   <li>reading is strict ({@link StrictJson}, the gateway's rules too): unknown properties,
 *       duplicate keys, trailing content, fractions and exponents in integer fields, texts for
 *       numbers, numbers for texts or enums and unpaired surrogates are refused; there is no
 *       default typing (no class names in JSON).
 * </ul>
 *
 * Use {@link #fromBytes} for ledger state (a failure is a bug or a migration problem) and {@link
 * #parseArgument} for client input (a failure is the client's and becomes {@code
 * INVALID_ARGUMENT}).
 */
public final class CanonicalJson {
    private static final ObjectMapper MAPPER =
            StrictJson.apply(
                    JsonMapper.builder()
                            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                            .disable(SerializationFeature.INDENT_OUTPUT)
                            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                            .serializationInclusion(JsonInclude.Include.NON_NULL)
                            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                            .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
                            .build());

    private CanonicalJson() {}

    /** The shared, configured mapper (e.g. for {@code readTree}); never reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The canonical UTF-8 bytes of a value. */
    public static byte[] toBytes(Object value) {
        return toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    /** The canonical JSON text of a value. */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /**
     * Reads ledger state this library wrote.
     *
     * @throws IllegalStateException if the bytes are not a readable {@code type}: corrupt state is
     *     a programming or migration error, never the client's
     */
    public static <T> T fromBytes(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "stored "
                            + type.getSimpleName()
                            + " is not readable: "
                            + JsonProblem.describe(e),
                    e);
        }
    }

    /**
     * Reads a client's JSON argument.
     *
     * @param field the argument's name, used in the message and as detail {@code field}
     * @throws BusinessException {@code INVALID_ARGUMENT} naming the field and the problem in plain
     *     words (never a parser stack trace); a refusal raised by the type itself while being
     *     built, such as {@code UNSUPPORTED_CURRENCY} from {@link Money}, keeps its code
     */
    public static <T> T parseArgument(String field, String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT, field + " is required", "field", field);
        }
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw BusinessException.of(
                        CommonErrorCode.INVALID_ARGUMENT,
                        field + " must be a " + type.getSimpleName() + ", got null",
                        "field",
                        field);
            }
            return value;
        } catch (IOException e) {
            BusinessException refusal = JsonProblem.businessCause(e);
            if (refusal != null) {
                throw inField(field, refusal);
            }
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    field + " " + JsonProblem.describe(e),
                    "field",
                    field);
        }
    }

    private static BusinessException inField(String field, BusinessException refusal) {
        Map<String, String> details = new TreeMap<>(refusal.details());
        details.putIfAbsent("field", field);
        return new BusinessException(refusal.errorCode(), field + ": " + refusal.text(), details);
    }
}
