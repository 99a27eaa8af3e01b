package io.tradechain.gateway.security;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a fixture file given relative to the repository root, whether the gateway runs from the
 * root ({@code scripts/run.sh}) or from {@code gateway-app/} (tests).
 */
public final class FixtureFiles {
    private FixtureFiles() {}

    public static Path resolve(String configured) {
        Path path = Path.of(configured);
        if (path.isAbsolute() || Files.exists(path)) {
            return path;
        }
        Path fromModule = Path.of("..").resolve(configured);
        return Files.exists(fromModule) ? fromModule : path;
    }
}
