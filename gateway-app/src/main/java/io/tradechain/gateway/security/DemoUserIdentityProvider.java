package io.tradechain.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** HTTP Basic authentication of the demo users; the identity carries the {@link ApiUser}. */
@ApplicationScoped
public class DemoUserIdentityProvider
        implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    /** Attribute of the security identity holding the {@link ApiUser}. */
    public static final String API_USER = "tradechain.apiUser";

    private final ApiUserDirectory directory;

    public DemoUserIdentityProvider(ApiUserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        return directory
                .authenticate(request.getUsername(), request.getPassword().getPassword())
                .map(
                        user ->
                                Uni.createFrom()
                                        .item(
                                                (SecurityIdentity)
                                                        QuarkusSecurityIdentity.builder()
                                                                .setPrincipal(
                                                                        new QuarkusPrincipal(
                                                                                user.username()))
                                                                .addRoles(user.roles())
                                                                .addAttribute(API_USER, user)
                                                                .build()))
                .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException()));
    }
}
