package io.tradechain.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;

/**
 * What is deployed under one chaincode name: the packages its jar holds and its private data
 * collections.
 */
public final class ChaincodeDefinition {
    private final String name;
    private final List<String> contractPackages;
    private final List<Class<? extends ContractInterface>> contractClasses;
    private final Map<String, CollectionConfig> collections;
    private final Set<String> calls;

    private ChaincodeDefinition(Builder builder) {
        this.name = builder.name;
        this.contractPackages = List.copyOf(builder.packages);
        this.contractClasses = List.copyOf(builder.classes);
        this.collections = Map.copyOf(builder.collections);
        this.calls = builder.calls == null ? null : Set.copyOf(builder.calls);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public List<String> contractPackages() {
        return contractPackages;
    }

    /**
     * Contract classes named directly: no classpath scan (fast in a process with a large
     * classpath).
     */
    public List<Class<? extends ContractInterface>> contractClasses() {
        return contractClasses;
    }

    public Map<String, CollectionConfig> collections() {
        return collections;
    }

    /**
     * The chaincodes it declares it calls (its registry entry); empty when undeclared: it may then
     * call any.
     */
    public Optional<Set<String>> calls() {
        return Optional.ofNullable(calls);
    }

    /**
     * Whether it may invoke that chaincode: declared among its calls, or no calls declared at all.
     */
    public boolean mayCall(String chaincode) {
        return calls == null || calls.contains(chaincode);
    }

    /** Builds a {@link ChaincodeDefinition}. */
    public static final class Builder {
        private final String name;
        private final List<String> packages = new ArrayList<>();
        private final List<Class<? extends ContractInterface>> classes = new ArrayList<>();
        private final Map<String, CollectionConfig> collections = new LinkedHashMap<>();
        private Set<String> calls;

        private Builder(String name) {
            this.name = name;
        }

        public Builder contractPackages(String... names) {
            packages.addAll(List.of(names));
            return this;
        }

        /**
         * The chaincode's {@code @Contract} classes, instead of scanning packages for them (the
         * shim scans its whole classpath; a chaincode jar holds only its own classes, an
         * application embedding several does not).
         */
        @SafeVarargs
        public final Builder contractClasses(Class<? extends ContractInterface>... types) {
            for (Class<? extends ContractInterface> type : types) {
                if (type.getAnnotation(Contract.class) == null) {
                    throw new IllegalArgumentException(
                            type.getName() + " is not annotated @Contract");
                }
                classes.add(type);
            }
            return this;
        }

        public Builder collections(List<CollectionConfig> configs) {
            configs.forEach(this::collection);
            return this;
        }

        /**
         * Declares the chaincodes this one calls: the ledger refuses an invocation of any other.
         */
        public Builder calls(Collection<String> chaincodes) {
            if (calls == null) {
                calls = new LinkedHashSet<>();
            }
            calls.addAll(chaincodes);
            return this;
        }

        public Builder collection(CollectionConfig config) {
            collections.put(config.name(), config);
            return this;
        }

        public ChaincodeDefinition build() {
            if (packages.isEmpty() && classes.isEmpty()) {
                throw new IllegalArgumentException(
                        "chaincode "
                                + name
                                + " needs at least one contract package or contract class");
            }
            return new ChaincodeDefinition(this);
        }
    }
}
