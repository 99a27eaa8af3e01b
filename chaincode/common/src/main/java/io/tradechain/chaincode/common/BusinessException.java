package io.tradechain.chaincode.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * A refusal by the chaincode, with a stable code, a text for the person reading it and optional
 * details.
 *
 * <p>The message reads {@code [KIND/CODE] text}, e.g. {@code [NOT_FOUND/PARTY_NOT_FOUND] party
 * 91... is not registered}, followed by {@code details={canonical JSON}} when there are details: on
 * a real peer only the message of a chaincode error reaches the client (the error payload is
 * dropped on the way), so the gateway reads code and details back from the message with {@link
 * ErrorInfo#fromMessage}. The payload carries the same facts as canonical JSON {@code
 * {"code","details","kind","message"}} for callers that do receive it (chaincode-to-chaincode
 * calls, the in-memory ledger); {@link ErrorInfo#fromPayload} reads it.
 *
 * <p>Throwing one from a transaction function makes the shim answer with an error response: the
 * transaction is not endorsed and writes nothing.
 */
public final class BusinessException extends ChaincodeException {
    private static final long serialVersionUID = 1L;

    private final transient ErrorCode errorCode;
    private final String text;
    private final SortedMap<String, String> details;

    /** A refusal without details. */
    public BusinessException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    /**
     * A refusal with details (e.g. {@code field -> amount}); they travel in the payload and at the
     * end of the message.
     *
     * @param details keys and values, none null; copied and sorted by key
     */
    public BusinessException(ErrorCode code, String message, Map<String, String> details) {
        this(
                Objects.requireNonNull(code, "code"),
                Objects.requireNonNull(message, "message"),
                sortedCopy(details));
    }

    private BusinessException(ErrorCode code, String text, SortedMap<String, String> details) {
        super(
                prefix(code) + text + ErrorInfo.detailsSuffix(details),
                CanonicalJson.toBytes(new ErrorInfo(code.name(), code.kind(), text, details)));
        this.errorCode = code;
        this.text = text;
        this.details = details;
    }

    /**
     * A refusal with details given inline as key, value, key, value...
     *
     * @throws IllegalArgumentException if the pairs are incomplete (an odd count)
     */
    /**
     * Another chaincode's refusal (read from its response), rethrown with the same code, kind, text
     * and details.
     */
    public static BusinessException relay(ErrorInfo error) {
        return new BusinessException(RemoteErrorCode.of(error), error.message(), error.details());
    }

    public static BusinessException of(
            ErrorCode code, String message, String... detailKeyValuePairs) {
        if (detailKeyValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException(
                    "details must come as key/value pairs, got "
                            + detailKeyValuePairs.length
                            + " strings");
        }
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i < detailKeyValuePairs.length; i += 2) {
            details.put(detailKeyValuePairs[i], detailKeyValuePairs[i + 1]);
        }
        return new BusinessException(code, message, details);
    }

    /** The {@code [KIND/CODE] } prefix every message of this code starts with. */
    static String prefix(ErrorCode code) {
        return "[" + code.kind().name() + "/" + code.name() + "] ";
    }

    /** The error code this refusal was raised with. */
    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The code's name, e.g. {@code NOT_FOUND}. */
    public String code() {
        return errorCode.name();
    }

    /** The class of the error (a client, such as the gateway, decides what it answers for it). */
    public ErrorKind kind() {
        return errorCode.kind();
    }

    /** The message without the {@code [KIND/CODE]} prefix. */
    public String text() {
        return text;
    }

    /** The details, sorted by key; unmodifiable. */
    public SortedMap<String, String> details() {
        return details;
    }

    private static SortedMap<String, String> sortedCopy(Map<String, String> details) {
        TreeMap<String, String> copy = new TreeMap<>();
        if (details != null) {
            details.forEach(
                    (key, value) ->
                            copy.put(
                                    Objects.requireNonNull(key, "detail key"),
                                    Objects.requireNonNull(value, () -> "value of detail " + key)));
        }
        return Collections.unmodifiableSortedMap(copy);
    }
}
