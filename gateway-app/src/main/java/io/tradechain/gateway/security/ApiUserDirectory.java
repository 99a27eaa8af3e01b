package io.tradechain.gateway.security;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradechain.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** The demo users of the embedded mode, read once from the users file. */
@ApplicationScoped
public class ApiUserDirectory {
    private static final Logger LOG = Logger.getLogger(ApiUserDirectory.class);
    private static final Set<String> KNOWN_ROLES =
            Set.of(Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER);

    private final Map<String, DemoUser> users;

    public ApiUserDirectory(GatewayConfig config, ObjectMapper mapper) {
        this.users = load(FixtureFiles.resolve(config.usersFile()), mapper);
        LOG.infof("%d demo users loaded from %s", users.size(), config.usersFile());
    }

    private static Map<String, DemoUser> load(Path file, ObjectMapper mapper) {
        try {
            List<DemoUser> list =
                    mapper.readValue(
                            Files.readAllBytes(file), new TypeReference<List<DemoUser>>() {});
            for (DemoUser user : list) {
                if (!KNOWN_ROLES.containsAll(user.roles())) {
                    throw new IllegalStateException(
                            "user "
                                    + user.username()
                                    + " in "
                                    + file
                                    + " has an unknown role: "
                                    + user.roles()
                                    + "; known roles are "
                                    + KNOWN_ROLES);
                }
            }
            return list.stream()
                    .collect(Collectors.toUnmodifiableMap(DemoUser::username, Function.identity()));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read the users file " + file.toAbsolutePath(), e);
        }
    }

    /** The user if the password matches (compared in constant time). */
    public Optional<ApiUser> authenticate(String username, char[] password) {
        DemoUser user = users.get(username);
        byte[] given = new String(password).getBytes(StandardCharsets.UTF_8);
        byte[] expected =
                (user == null ? "\u0000no such user" : user.password())
                        .getBytes(StandardCharsets.UTF_8);
        boolean matches = MessageDigest.isEqual(given, expected);
        return user != null && matches ? Optional.of(toApiUser(user)) : Optional.empty();
    }

    public List<DemoUser> all() {
        return users.values().stream()
                .sorted((a, b) -> a.username().compareTo(b.username()))
                .toList();
    }

    static ApiUser toApiUser(DemoUser user) {
        return new ApiUser(
                user.username(),
                user.mspId(),
                user.partyCode(),
                user.identity(),
                Set.copyOf(user.roles()));
    }
}
