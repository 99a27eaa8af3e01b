package io.tradechain.chaincode.common;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns a Jackson failure into a short sentence a bank operator can act on ("has an unknown
 * property 'x' (allowed: a, b)"), without class names, source excerpts or stack traces.
 */
final class JsonProblem {
    /**
     * Jackson's refusal of a coercion: {@code Cannot coerce String value ("many") to `long` value}.
     */
    private static final java.util.regex.Pattern COERCED =
            java.util.regex.Pattern.compile(
                    "^Cannot coerce [A-Za-z -]+? value \\(\"?(.*?)\"?\\) to ");

    private JsonProblem() {}

    /**
     * A predicate-style phrase to follow the argument's name, e.g. {@code "is not well-formed JSON
     * (line 1...)"}.
     */
    static String describe(Throwable problem) {
        if (problem instanceof UnrecognizedPropertyException unknown) {
            return "has an unknown property '" + path(unknown.getPath()) + "'" + allowed(unknown);
        }
        if (problem instanceof StrictJson.InvalidTextException) {
            JsonMappingException mapping = (JsonMappingException) problem;
            return at(mapping.getPath())
                    + "must be valid Unicode text (it holds an unpaired UTF-16 surrogate)";
        }
        if (problem instanceof InvalidFormatException invalid) {
            return at(invalid.getPath())
                    + "must be "
                    + expected(invalid.getTargetType())
                    + ", got "
                    + shortened(invalid.getValue());
        }
        if (problem instanceof MismatchedInputException mismatch) {
            if (Objects.toString(mismatch.getOriginalMessage(), "").contains("`null`")) {
                return at(mismatch.getPath()) + "is required";
            }
            java.util.regex.Matcher coerced =
                    COERCED.matcher(Objects.toString(mismatch.getOriginalMessage(), ""));
            return at(mismatch.getPath())
                    + "must be "
                    + expected(mismatch.getTargetType())
                    + (coerced.find() ? ", got " + shortened(coerced.group(1)) : "");
        }
        if (problem instanceof StreamReadException malformed) {
            return "is not well-formed JSON" + where(malformed.getLocation());
        }
        if (problem instanceof JsonMappingException mapping) {
            return at(mapping.getPath())
                    + "cannot be read: "
                    + firstLine(mapping.getOriginalMessage());
        }
        if (problem instanceof JsonProcessingException processing) {
            return "cannot be read: " + firstLine(processing.getOriginalMessage());
        }
        return "cannot be read: " + firstLine(problem.getMessage());
    }

    /**
     * The business refusal a type's constructor raised while Jackson built it, if that is what
     * happened.
     */
    static BusinessException businessCause(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof BusinessException refusal) {
                return refusal;
            }
        }
        return null;
    }

    private static String at(List<JsonMappingException.Reference> path) {
        String rendered = path(path);
        return rendered.isEmpty() ? "" : "property '" + rendered + "' ";
    }

    private static String path(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String allowed(UnrecognizedPropertyException unknown) {
        Collection<Object> known = unknown.getKnownPropertyIds();
        if (known == null || known.isEmpty()) {
            return "";
        }
        return " (allowed: "
                + String.join(
                        ", ",
                        known.stream()
                                .map(String::valueOf)
                                .collect(Collectors.toCollection(TreeSet::new)))
                + ")";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of the expected type";
        }
        if (type == long.class
                || type == Long.class
                || type == int.class
                || type == Integer.class
                || type == short.class
                || type == Short.class
                || type == byte.class
                || type == Byte.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "a text";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
            return "an object";
        }
        return "a " + type.getSimpleName();
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String shortened(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
    }

    private static String firstLine(String text) {
        String line =
                Objects.toString(text, "unknown problem")
                        .lines()
                        .findFirst()
                        .orElse("unknown problem");
        return line.replace('`', '\'');
    }
}
