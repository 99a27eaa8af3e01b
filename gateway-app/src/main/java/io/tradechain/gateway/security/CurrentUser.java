package io.tradechain.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.error.ApiException;
import jakarta.enterprise.context.RequestScoped;

/** The authenticated user of this request, checked against the organisation this gateway serves. */
@RequestScoped
public class CurrentUser {
    private final SecurityIdentity identity;
    private final GatewayConfig config;

    public CurrentUser(SecurityIdentity identity, GatewayConfig config) {
        this.identity = identity;
        this.config = config;
    }

    /** The user, if this gateway serves its organisation; 403 otherwise. */
    public ApiUser get() {
        ApiUser user = identity.getAttribute(DemoUserIdentityProvider.API_USER);
        if (user == null) {
            throw ApiException.forbidden(
                    "NOT_AUTHENTICATED_AS_API_USER", "no API user behind this request");
        }
        if (!config.serves(user.mspId())) {
            throw ApiException.forbidden(
                    "WRONG_ORGANISATION",
                    "this gateway serves "
                            + config.organisation()
                            + "; user "
                            + user.username()
                            + " belongs to "
                            + user.mspId());
        }
        return user;
    }

    /** The user, refused with 403 if its organisation is read-only (the regulator). */
    public ApiUser writer() {
        ApiUser user = get();
        if (user.isReadOnly()) {
            throw Writes.readOnly(user.mspId());
        }
        return user;
    }
}
