package io.tradechain.chaincode.common;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A business error as a client reads it back: from a chaincode response payload (canonical JSON
 * written by {@link BusinessException}) or from any text that contains a {@code [KIND/CODE] text}
 * message, such as what a Fabric gateway relays: {@code "chaincode response 500,
 * [NOT_FOUND/PARTY_NOT_FOUND] party ... is not registered"}.
 *
 * @param code the error code, e.g. {@code PARTY_NOT_FOUND}
 * @param kind the class of the error
 * @param message the text without the {@code [KIND/CODE]} prefix
 * @param details details by key (a message carries them at its end as {@code details={...}})
 */
public record ErrorInfo(
        String code, ErrorKind kind, String message, SortedMap<String, String> details) {
    private static final Pattern IN_TEXT =
            Pattern.compile(
                    "\\[("
                            + Arrays.stream(ErrorKind.values())
                                    .map(ErrorKind::name)
                                    .collect(Collectors.joining("|"))
                            + ")/([A-Z][A-Z0-9_]*)] (.*)",
                    Pattern.DOTALL);

    /**
     * What {@link #detailsSuffix} appends: a space, {@code details=} and the details as canonical
     * JSON.
     */
    private static final String DETAILS_MARK = " details={";

    private static final com.fasterxml.jackson.core.type.TypeReference<TreeMap<String, String>>
            DETAILS_TYPE = new com.fasterxml.jackson.core.type.TypeReference<>() {};

    /** Copies the details into an unmodifiable sorted map (null gives an empty one). */
    public ErrorInfo {
        details =
                Collections.unmodifiableSortedMap(
                        details == null ? new TreeMap<>() : new TreeMap<>(details));
    }

    /**
     * Reads the error JSON a {@link BusinessException} writes as its payload.
     *
     * @return empty for null, blank or foreign payloads (anything without a code and a kind of
     *     ours)
     */
    public static Optional<ErrorInfo> fromPayload(byte[] payload) {
        if (payload == null || payload.length == 0) {
            return Optional.empty();
        }
        try {
            ErrorInfo info = CanonicalJson.mapper().readValue(payload, ErrorInfo.class);
            return info == null || info.code() == null || info.kind() == null
                    ? Optional.empty()
                    : Optional.of(info);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Finds {@code [KIND/CODE] text} anywhere in a text; the message is everything after the
     * prefix.
     *
     * @return empty if the text holds no such prefix with a known kind
     */
    public static Optional<ErrorInfo> fromMessage(String anyText) {
        if (anyText == null) {
            return Optional.empty();
        }
        Matcher matcher = IN_TEXT.matcher(anyText);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String text = matcher.group(3);
        SortedMap<String, String> details = null;
        int mark = text.lastIndexOf(DETAILS_MARK);
        if (mark >= 0) {
            try {
                details =
                        CanonicalJson.mapper()
                                .readValue(
                                        text.substring(mark + DETAILS_MARK.length() - 1).strip(),
                                        DETAILS_TYPE);
                text = text.substring(0, mark);
            } catch (IOException | RuntimeException e) {
                details = null; // not our suffix: the whole text is the message
            }
        }
        return Optional.of(
                new ErrorInfo(
                        matcher.group(2), ErrorKind.valueOf(matcher.group(1)), text, details));
    }

    /**
     * The end of a message that carries details: {@code details={"key":"value",...}} (keys sorted),
     * or nothing when there are none. {@link #fromMessage} takes it off again.
     */
    static String detailsSuffix(SortedMap<String, String> details) {
        return details.isEmpty() ? "" : " details=" + CanonicalJson.toJson(details);
    }
}
