package io.tradechain.gateway.error;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An error the gateway itself raises (before or without reaching the ledger), with an HTTP status
 * and a code.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient SortedMap<String, String> details;

    public ApiException(int status, String code, String message, Map<String, String> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = new TreeMap<>(details);
    }

    public static ApiException forbidden(String code, String message) {
        return new ApiException(403, code, message, Map.of());
    }

    public static ApiException badRequest(
            String code, String message, Map<String, String> details) {
        return new ApiException(400, code, message, details);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public SortedMap<String, String> details() {
        return new TreeMap<>(details);
    }
}
