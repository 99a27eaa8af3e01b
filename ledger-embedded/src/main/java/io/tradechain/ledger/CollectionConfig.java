package io.tradechain.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A private data collection as Fabric's {@code collections_config.json} defines it. Membership is
 * read from the policy, which must be an {@code OR} of {@code '<MSP>.member'} principals (the form
 * our network uses).
 */
public final class CollectionConfig {
    private static final Pattern POLICY = Pattern.compile("\\s*OR\\s*\\((.*)\\)\\s*");
    private static final Pattern PRINCIPAL =
            Pattern.compile("\\s*'([A-Za-z0-9_.-]+)\\.(member|peer|client|admin)'\\s*");

    private final String name;
    private final Set<String> memberMspIds;
    private final int requiredPeerCount;
    private final int maxPeerCount;
    private final long blockToLive;
    private final boolean memberOnlyRead;
    private final boolean memberOnlyWrite;

    public CollectionConfig(
            String name,
            Set<String> memberMspIds,
            int requiredPeerCount,
            int maxPeerCount,
            long blockToLive,
            boolean memberOnlyRead,
            boolean memberOnlyWrite) {
        this.name = name;
        this.memberMspIds = Collections.unmodifiableSet(new TreeSet<>(memberMspIds));
        this.requiredPeerCount = requiredPeerCount;
        this.maxPeerCount = maxPeerCount;
        this.blockToLive = blockToLive;
        this.memberOnlyRead = memberOnlyRead;
        this.memberOnlyWrite = memberOnlyWrite;
    }

    /** Member-only read and write, requiredPeerCount 1, kept forever. */
    public static CollectionConfig of(String name, String... memberMspIds) {
        return new CollectionConfig(
                name, Set.of(memberMspIds), 1, memberMspIds.length, 0, true, true);
    }

    public static List<CollectionConfig> parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read collections file " + file, e);
        }
    }

    public static List<CollectionConfig> parse(InputStream json) {
        try {
            List<CollectionConfig> result = new ArrayList<>();
            for (JsonNode node : new ObjectMapper().readTree(json)) {
                result.add(
                        new CollectionConfig(
                                node.path("name").asText(),
                                members(node.path("policy").asText()),
                                node.path("requiredPeerCount").asInt(0),
                                node.path("maxPeerCount").asInt(1),
                                node.path("blockToLive").asLong(0),
                                node.path("memberOnlyRead").asBoolean(false),
                                node.path("memberOnlyWrite").asBoolean(false)));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse collections JSON", e);
        }
    }

    static Set<String> members(String policy) {
        Matcher or = POLICY.matcher(policy);
        if (!or.matches()) {
            throw new IllegalArgumentException(
                    "collection policy must be OR('<MSP>.member', ...): " + policy);
        }
        Set<String> members = new TreeSet<>();
        for (String principal : or.group(1).split(",")) {
            Matcher p = PRINCIPAL.matcher(principal);
            if (!p.matches()) {
                throw new IllegalArgumentException(
                        "cannot read principal " + principal + " in policy " + policy);
            }
            members.add(p.group(1));
        }
        return members;
    }

    public String name() {
        return name;
    }

    public Set<String> memberMspIds() {
        return memberMspIds;
    }

    public int requiredPeerCount() {
        return requiredPeerCount;
    }

    public int maxPeerCount() {
        return maxPeerCount;
    }

    public long blockToLive() {
        return blockToLive;
    }

    public boolean memberOnlyRead() {
        return memberOnlyRead;
    }

    public boolean memberOnlyWrite() {
        return memberOnlyWrite;
    }

    public boolean isMember(String mspId) {
        return memberMspIds.contains(mspId);
    }
}
