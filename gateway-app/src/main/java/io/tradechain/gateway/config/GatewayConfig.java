package io.tradechain.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of one gateway instance ({@code tradechain.*} in application.properties or the environment). */
@ConfigMapping(prefix = "tradechain")
public interface GatewayConfig {

    /** Which ledger the gateway talks to. */
    enum LedgerKind {
        /** The in-process ledger with every chaincode of this repository: no Docker, no Fabric. */
        EMBEDDED,
        /** A Fabric network through fabric-gateway. */
        FABRIC
    }

    /** {@code embedded} (default) or {@code fabric}. */
    @WithDefault("embedded")
    LedgerKind ledger();

    /**
     * The organisation (MSP id) this instance serves; {@code all} lets one embedded instance serve every
     * organisation for demos, each user acting for its own.
     */
    @WithDefault("all")
    String organisation();

    /** Where the demo users live (JSON); by default the repository's fixtures. */
    @WithDefault("fixtures/users.json")
    String usersFile();

    /** Where the demo parties live (JSON), registered on the first start of an empty embedded ledger. */
    @WithDefault("fixtures/parties.json")
    String partiesFile();

    /** Whether an empty embedded ledger is seeded with the fixtures at start. */
    @WithDefault("true")
    boolean seedDemoData();

    /** Channel name. */
    @WithDefault("tradechain")
    String channel();

    /** Name of the party registry chaincode. */
    @WithDefault("parties")
    String partiesChaincode();

    /** True when this instance serves the given organisation. */
    default boolean serves(String mspId) {
        return "all".equals(organisation()) || organisation().equals(mspId);
    }
}
