package io.tradechain.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The production path: a bearer token (JWT) from the bank's identity provider, verified by
 * smallrye-jwt ({@code mp.jwt.verify.publickey.location}, {@code mp.jwt.verify.issuer}), names the
 * API user. Claims:
 *
 * <ul>
 *   <li>{@code upn} (or {@code preferred_username}, {@code sub}): the user name;
 *   <li>{@code groups}: roles, among {@code admin}, {@code operator}, {@code viewer};
 *   <li>{@code org}: the organisation's MSP id;
 *   <li>{@code fabric_identity}: the name of the Fabric identity that signs for the user;
 *   <li>{@code party} (optional): the credit code of the party the user acts for.
 * </ul>
 *
 * A token without {@code org} or {@code fabric_identity}, or with no known role, is refused (401).
 */
@ApplicationScoped
public class JwtApiUserAugmentor implements SecurityIdentityAugmentor {
    private static final Pattern MSP = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,128}");
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{18}");
    private static final Set<String> KNOWN_ROLES =
            Set.of(Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER);

    @Override
    public Uni<SecurityIdentity> augment(
            SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || identity.getAttribute(DemoUserIdentityProvider.API_USER) != null) {
            return Uni.createFrom().item(identity);
        }
        try {
            ApiUser user = fromToken(jwt);
            return Uni.createFrom()
                    .item(
                            QuarkusSecurityIdentity.builder(identity)
                                    .addAttribute(DemoUserIdentityProvider.API_USER, user)
                                    .build());
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new AuthenticationFailedException(e.getMessage()));
        }
    }

    static ApiUser fromToken(JsonWebToken jwt) {
        String org = claim(jwt, "org");
        String signer = claim(jwt, "fabric_identity");
        String party = claim(jwt, "party");
        String name = jwt.getName();
        if (org == null || !MSP.matcher(org).matches()) {
            throw new IllegalArgumentException("the token has no valid 'org' claim (an MSP id)");
        }
        if (signer == null || !NAME.matcher(signer).matches()) {
            throw new IllegalArgumentException("the token has no valid 'fabric_identity' claim");
        }
        if (party != null && !CODE.matcher(party).matches()) {
            throw new IllegalArgumentException(
                    "the token's 'party' claim is not a unified social credit code");
        }
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "the token names no valid user (upn, preferred_username or sub)");
        }
        Set<String> roles = new TreeSet<>(jwt.getGroups() == null ? Set.of() : jwt.getGroups());
        roles.retainAll(KNOWN_ROLES);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException(
                    "the token grants none of the roles admin, operator, viewer");
        }
        return new ApiUser(name, org, party, signer, roles);
    }

    private static String claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        if (value == null) {
            return null;
        }
        String text =
                value instanceof jakarta.json.JsonString json ? json.getString() : value.toString();
        return text.isBlank() ? null : text;
    }
}
