package io.tradechain.gateway.security;

import io.tradechain.gateway.ledger.AdminSigners;
import io.tradechain.gateway.ledger.Signer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The first user of the users file with the admin role in the organisation signs as its
 * administrator.
 */
@ApplicationScoped
public class UserAdminSigners implements AdminSigners {
    private final ApiUserDirectory users;

    public UserAdminSigners(ApiUserDirectory users) {
        this.users = users;
    }

    @Override
    public Optional<Signer> adminOf(String mspId) {
        return users.all().stream()
                .filter(u -> mspId.equals(u.mspId()) && u.roles().contains(Roles.ADMIN))
                .findFirst()
                .map(u -> new Signer(u.mspId(), u.identity(), Signer.ADMIN));
    }
}
