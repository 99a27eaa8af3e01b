package io.tradechain.gateway.security;

import java.util.List;

/**
 * A demo user as written in {@code fixtures/users.json}. Passwords there are demo secrets for the
 * embedded mode only; a production gateway authenticates with JWT bearer tokens from the bank's
 * identity provider.
 */
public record DemoUser(
        String username,
        String password,
        String mspId,
        String partyCode,
        String identity,
        List<String> roles,
        String description) {}
