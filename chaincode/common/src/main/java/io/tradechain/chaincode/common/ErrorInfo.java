package io.tradechain.chaincode.common;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A business error as a client reads it back, from a chaincode response payload or from the message text that a
 * Fabric gateway relays (e.g. {@code "chaincode response 500, [NOT_FOUND/PARTY_NOT_FOUND] party ..."}).
 */
public record ErrorInfo(String code, ErrorKind kind, String message, SortedMap<String, String> details) {
    private static final Pattern IN_TEXT =
            Pattern.compile("\\[(VALIDATION|FORBIDDEN|NOT_FOUND|CONFLICT|BUSINESS_RULE)/([A-Z0-9_]+)] (.*)", Pattern.DOTALL);

    public ErrorInfo {
        details = details == null ? new TreeMap<>() : new TreeMap<>(details);
    }

    /** Reads our error JSON; empty for null, blank or foreign payloads. */
    public static Optional<ErrorInfo> fromPayload(byte[] payload) {
        if (payload == null || payload.length == 0 || payload[0] != '{') {
            return Optional.empty();
        }
        try {
            ErrorInfo info = CanonicalJson.mapper().readValue(new String(payload, StandardCharsets.UTF_8),
                    ErrorInfo.class);
            return info.code() == null || info.kind() == null ? Optional.empty() : Optional.of(info);
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** Finds {@code [KIND/CODE] text} anywhere in a message; details are not carried by messages. */
    public static Optional<ErrorInfo> fromMessage(String anyText) {
        if (anyText == null) {
            return Optional.empty();
        }
        Matcher m = IN_TEXT.matcher(anyText);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new ErrorInfo(m.group(2), ErrorKind.valueOf(m.group(1)), m.group(3), new TreeMap<>()));
    }
}
