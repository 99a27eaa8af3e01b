package io.tradechain.gateway.http;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} header of this request, if any. A client that may retry a write
 * (after a timeout, a dropped connection or a gateway restart) sends the same key each time; the
 * first commit wins and every retry gets its result back with {@code replayed: true}.
 */
@RequestScoped
public class IdempotencyKey {
    public static final String HEADER = "Idempotency-Key";
    static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private String value;

    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    void set(String key) {
        this.value = key;
    }
}
