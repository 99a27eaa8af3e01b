package io.tradechain.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.tradechain.gateway.error.ApiException;
import io.tradechain.gateway.error.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses every write ({@link Writes}) of a user of a read-only organisation with 403 {@code
 * READ_ONLY_ORGANISATION} before its body is read or validated, whatever its roles. A role check
 * that refuses such a user first is answered with the same code by {@code ErrorMappers}.
 */
public class ReadOnlyOrganisationFilter {
    @Inject SecurityIdentity identity;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Response refuseWrites(ContainerRequestContext request, ResourceInfo resource) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        ApiUser user = identity.getAttribute(DemoUserIdentityProvider.API_USER);
        if (user == null
                || !user.isReadOnly()
                || !Writes.isWrite(
                        request.getMethod(),
                        resource == null ? null : resource.getResourceMethod())) {
            return null;
        }
        ApiException refusal = Writes.readOnly(user.mspId());
        return Problem.of(
                        refusal.status(),
                        refusal.code(),
                        refusal.getMessage(),
                        refusal.details(),
                        null,
                        request.getUriInfo().getRequestUri().getPath())
                .response();
    }
}
