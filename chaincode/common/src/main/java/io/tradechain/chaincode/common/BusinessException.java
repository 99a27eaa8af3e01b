package io.tradechain.chaincode.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * A refusal by the chaincode with a stable code. The message reads {@code [KIND/CODE] text} because on a real peer
 * only the message reaches the client (the error payload is dropped); the payload carries the same as canonical JSON
 * {@code {"code","details","kind","message"}} for in-process callers.
 */
public final class BusinessException extends ChaincodeException {
    private static final long serialVersionUID = 1L;

    private final transient ErrorCode errorCode;
    private final String text;
    private final TreeMap<String, String> details;

    public BusinessException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public BusinessException(ErrorCode code, String message, Map<String, String> details) {
        super("[" + code.kind() + "/" + code.name() + "] " + message,
                CanonicalJson.toBytes(new ErrorInfo(code.name(), code.kind(), message, new TreeMap<>(details))));
        this.errorCode = code;
        this.text = message;
        this.details = new TreeMap<>(details);
    }

    /** A refusal with details given as key, value, key, value... */
    public static BusinessException of(ErrorCode code, String message, String... detailKeyValuePairs) {
        if (detailKeyValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("details come in key/value pairs");
        }
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i < detailKeyValuePairs.length; i += 2) {
            details.put(detailKeyValuePairs[i], detailKeyValuePairs[i + 1]);
        }
        return new BusinessException(code, message, details);
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public String code() {
        return errorCode.name();
    }

    public ErrorKind kind() {
        return errorCode.kind();
    }

    /** The message without the {@code [KIND/CODE]} prefix. */
    public String text() {
        return text;
    }

    public SortedMap<String, String> details() {
        return new TreeMap<>(details);
    }
}
