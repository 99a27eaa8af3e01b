package io.tradechain.ledger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A proposal as a client sends it: creator, chaincode, function and arguments, transient data,
 * endorsing orgs.
 */
public final class Invocation {
    private final Identity creator;
    private final String chaincode;
    private final String function;
    private final List<String> args;
    private final Map<String, byte[]> transientData;
    private final Set<String> endorsingOrganizations;

    private Invocation(Builder builder) {
        this.creator = builder.creator;
        this.chaincode = builder.chaincode;
        this.function = builder.function;
        this.args = List.copyOf(builder.args);
        this.transientData = Map.copyOf(builder.transientData);
        // Insertion order kept: the first endorsing organisation is the peer whose MSP getMspId()
        // reports.
        this.endorsingOrganizations =
                builder.endorsingOrganizations.isEmpty()
                        ? Set.of(builder.creator.mspId())
                        : java.util.Collections.unmodifiableSet(
                                new LinkedHashSet<>(builder.endorsingOrganizations));
    }

    public static Builder builder(Identity creator, String chaincode, String function) {
        return new Builder(creator, chaincode, function);
    }

    public static Invocation of(
            Identity creator, String chaincode, String function, String... args) {
        return builder(creator, chaincode, function).args(args).build();
    }

    public Identity creator() {
        return creator;
    }

    public String chaincode() {
        return chaincode;
    }

    public String function() {
        return function;
    }

    public List<String> args() {
        return args;
    }

    public Map<String, byte[]> transientData() {
        return transientData;
    }

    public Set<String> endorsingOrganizations() {
        return endorsingOrganizations;
    }

    /** Builds an {@link Invocation}. */
    public static final class Builder {
        private final Identity creator;
        private final String chaincode;
        private final String function;
        private final List<String> args = new ArrayList<>();
        private final Map<String, byte[]> transientData = new TreeMap<>();
        private final Set<String> endorsingOrganizations = new LinkedHashSet<>();

        private Builder(Identity creator, String chaincode, String function) {
            this.creator = creator;
            this.chaincode = chaincode;
            this.function = function;
        }

        public Builder args(String... values) {
            args.addAll(List.of(values));
            return this;
        }

        public Builder transientData(String key, byte[] value) {
            transientData.put(key, value.clone());
            return this;
        }

        public Builder transientData(String key, String utf8) {
            return transientData(key, utf8.getBytes(StandardCharsets.UTF_8));
        }

        /** The organisations whose peers simulate the proposal (default: the creator's). */
        public Builder endorsingOrganizations(String... mspIds) {
            endorsingOrganizations.addAll(List.of(mspIds));
            return this;
        }

        public Invocation build() {
            return new Invocation(this);
        }
    }
}
