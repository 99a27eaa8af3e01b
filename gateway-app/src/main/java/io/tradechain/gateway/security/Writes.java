package io.tradechain.gateway.security;

import io.tradechain.gateway.error.ApiException;
import io.tradechain.gateway.http.Evaluation;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Set;

/**
 * What counts as a write, in one place: every POST, PUT, PATCH or DELETE endpoint except those
 * marked {@link Evaluation}. A user of a read-only organisation (the regulator) is refused every
 * write with 403 {@code READ_ONLY_ORGANISATION} whatever its roles: by {@link CurrentUser#writer()}
 * when its roles let it reach the endpoint, and by {@code ErrorMappers} when they do not (the role
 * check comes first, but the organisation is the reason that holds for every one of its users).
 */
public final class Writes {
    private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private Writes() {}

    public static boolean isWrite(String httpMethod, Method resourceMethod) {
        return httpMethod != null
                && WRITE_METHODS.contains(httpMethod.toUpperCase(Locale.ROOT))
                && (resourceMethod == null
                        || !resourceMethod.isAnnotationPresent(Evaluation.class));
    }

    /** The refusal of any write by a user of a read-only organisation. */
    public static ApiException readOnly(String mspId) {
        return ApiException.forbidden(
                "READ_ONLY_ORGANISATION",
                "users of " + mspId + " read and audit; they cannot submit transactions");
    }
}
