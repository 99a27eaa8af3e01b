package io.tradechain.chaincode.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The rules by which every JSON input of tradechain is read, the same in the chaincodes ({@link
 * CanonicalJson}) and in the gateway (its Jackson customizer), because a client of a real network
 * may call a chaincode directly:
 *
 * <ul>
 *   <li>no coercion between JSON shapes: a fraction ({@code 2.7}) or an exponent ({@code 1e8}) is
 *       not a whole number, a text ({@code "3"}) is not a number nor a boolean, a number ({@code
 *       123}) or boolean is not a text, a number is not an enum constant (no constant by position),
 *       an empty text is not a number, boolean or enum;
 *   <li>unknown properties, duplicate keys and anything after the value are refused, {@code null}
 *       is not a primitive;
 *   <li>every text (values, keys, texts inside trees) must be well-formed UTF-16: an escape such as
 *       {@code "\\ud800"} without its pair would otherwise be stored as {@code ?}.
 * </ul>
 *
 * Violations are Jackson {@code MismatchedInputException}s (an unpaired surrogate: {@link
 * InvalidTextException}) or parse exceptions, naming the property where Jackson knows it.
 */
public final class StrictJson {
    private static final LogicalType[] NUMBERS_BOOLEANS_ENUMS = {
        LogicalType.Integer, LogicalType.Float, LogicalType.Boolean, LogicalType.Enum
    };

    private StrictJson() {}

    /** Applies the rules to a mapper (before its first use); returns it. */
    public static <M extends ObjectMapper> M apply(M mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

        for (LogicalType type : NUMBERS_BOOLEANS_ENUMS) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail)
                    .setAcceptBlankAsEmpty(false);
        }
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail);

        mapper.registerModule(textModule());
        return mapper;
    }

    /**
     * True if the text has no unpaired surrogate (every high surrogate followed by a low one and
     * vice versa).
     */
    public static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Refused: a text with an unpaired UTF-16 surrogate. */
    public static final class InvalidTextException extends MismatchedInputException {
        private static final long serialVersionUID = 1L;

        InvalidTextException(JsonParser parser, Class<?> target) {
            super(
                    parser,
                    "text with an unpaired UTF-16 surrogate (an escape such as \\ud800 without its pair); "
                            + "texts must be valid Unicode",
                    target);
        }
    }

    private static SimpleModule textModule() {
        SimpleModule module = new SimpleModule("tradechain-strict-text");
        module.addDeserializer(String.class, new WellFormedStringDeserializer());
        module.addKeyDeserializer(String.class, new WellFormedKeyDeserializer());
        module.addDeserializer(JsonNode.class, new WellFormedTreeDeserializer());
        return module;
    }

    private static String checked(JsonParser parser, String text, Class<?> target)
            throws InvalidTextException {
        if (text != null && !isWellFormed(text)) {
            throw new InvalidTextException(parser, target);
        }
        return text;
    }

    /** Jackson's own reading of a String (with the coercion rules above), then the UTF-16 check. */
    private static final class WellFormedStringDeserializer extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        WellFormedStringDeserializer() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                return checked(p, p.getText(), String.class);
            }
            return checked(p, StringDeserializer.instance.deserialize(p, ctxt), String.class);
        }
    }

    private static final class WellFormedKeyDeserializer extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            return checked(ctxt.getParser(), key, String.class);
        }
    }

    /** Trees (readTree, JsonNode properties): Jackson's tree, every field name and text checked. */
    private static final class WellFormedTreeDeserializer extends JsonDeserializer<JsonNode> {
        @Override
        public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode tree =
                    JsonNodeDeserializer.getDeserializer(JsonNode.class).deserialize(p, ctxt);
            check(p, tree);
            return tree;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext ctxt) {
            return com.fasterxml.jackson.databind.node.NullNode.getInstance();
        }

        private static void check(JsonParser p, JsonNode node) throws InvalidTextException {
            if (node.isTextual()) {
                checked(p, node.textValue(), JsonNode.class);
            } else if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    checked(p, field.getKey(), JsonNode.class);
                    check(p, field.getValue());
                }
            } else if (node.isArray()) {
                for (JsonNode element : node) {
                    check(p, element);
                }
            }
        }
    }
}
