package io.tradechain.gateway.http;

import io.tradechain.gateway.error.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.TreeMap;

/**
 * Reads and checks the {@code Idempotency-Key} header; marks replayed answers with {@code
 * Idempotent-Replayed}.
 */
@Provider
public class IdempotencyKeyFilter implements ContainerRequestFilter, ContainerResponseFilter {
    @Inject IdempotencyKey key;

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> values = request.getHeaders().get(IdempotencyKey.HEADER);
        if (values == null || values.isEmpty()) {
            return;
        }
        String value = values.get(0).trim();
        if (values.size() > 1 || !IdempotencyKey.FORMAT.matcher(value).matches()) {
            TreeMap<String, String> details = new TreeMap<>();
            details.put("field", IdempotencyKey.HEADER);
            request.abortWith(
                    Problem.of(
                                    400,
                                    "INVALID_IDEMPOTENCY_KEY",
                                    "Idempotency-Key must be one header of 1 "
                                            + "to 128 characters among A-Z a-z 0-9 . _ : - (a UUID fits)",
                                    details,
                                    null,
                                    request.getUriInfo().getRequestUri().getPath())
                            .response());
            return;
        }
        key.set(value);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof WriteResult<?> written && written.replayed()) {
            response.getHeaders().putSingle("Idempotent-Replayed", "true");
        }
    }
}
