package io.tradechain.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What is deployed under one chaincode name: the packages its jar holds and its private data collections. */
public final class ChaincodeDefinition {
    private final String name;
    private final List<String> contractPackages;
    private final Map<String, CollectionConfig> collections;

    private ChaincodeDefinition(Builder builder) {
        this.name = builder.name;
        this.contractPackages = List.copyOf(builder.packages);
        this.collections = Map.copyOf(builder.collections);
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

    public Map<String, CollectionConfig> collections() {
        return collections;
    }

    /** Builds a {@link ChaincodeDefinition}. */
    public static final class Builder {
        private final String name;
        private final List<String> packages = new ArrayList<>();
        private final Map<String, CollectionConfig> collections = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder contractPackages(String... names) {
            packages.addAll(List.of(names));
            return this;
        }

        public Builder collections(List<CollectionConfig> configs) {
            configs.forEach(this::collection);
            return this;
        }

        public Builder collection(CollectionConfig config) {
            collections.put(config.name(), config);
            return this;
        }

        public ChaincodeDefinition build() {
            if (packages.isEmpty()) {
                throw new IllegalArgumentException("chaincode " + name + " needs at least one contract package");
            }
            return new ChaincodeDefinition(this);
        }
    }
}
