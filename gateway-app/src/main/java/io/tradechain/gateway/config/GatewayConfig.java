package io.tradechain.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Configuration of one gateway instance ({@code tradechain.*} in application.properties or the
 * environment).
 */
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
     * The organisation (MSP id) this instance serves; {@code all} lets one embedded instance serve
     * every organisation for demos, each user acting for its own.
     */
    @WithDefault("all")
    String organisation();

    /** Where the demo users live (JSON); by default the repository's fixtures. */
    @WithDefault("fixtures/users.json")
    String usersFile();

    /**
     * Where the demo parties live (JSON), registered on the first start of an empty embedded
     * ledger.
     */
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

    /**
     * Directory of the embedded ledger's block file. Every committed block is forced to disk there
     * before it is acknowledged, and the state is rebuilt from it at start. Unset: an in-memory
     * ledger that forgets everything on stop (tests and throw-away demos only; a warning is
     * logged).
     */
    java.util.Optional<String> dataDir();

    /** How writes are committed: the embedded ledger's group commit, conflict retries. */
    Commit commit();

    /**
     * Group commit of the embedded ledger, and the retries of a write that lost a race (either
     * ledger).
     */
    interface Commit {
        /**
         * Most transactions in one block; waiting transactions are cut into a block as soon as a
         * commit ends.
         */
        @WithDefault("500")
        int maxBlockSize();

        /**
         * How long a client waits for its transaction to be committed before the gateway answers
         * 503.
         */
        @WithDefault("30s")
        java.time.Duration timeout();

        /**
         * On either ledger: how many times a write invalidated at commit by a lost race
         * (MVCC_READ_CONFLICT, PHANTOM_READ_CONFLICT) is endorsed and submitted again, so one write
         * is endorsed at most this plus one times ({@code ledger.RetryingLedgerPort}, the gateway's
         * only retry of conflicts). The same bound holds for a write whose chaincode failed without
         * one of our codes at endorsement, which wrote nothing either.
         */
        @WithDefault("3")
        int conflictRetries();

        /**
         * How long a request sent with {@code After-Block: N} waits for this organisation's peer to
         * commit block N before the gateway answers 503 LEDGER_BEHIND ({@code
         * http.AfterBlockFilter}).
         */
        @WithDefault("10s")
        java.time.Duration afterBlockWait();
    }

    /** What the gateway does with committed events besides streaming them. */
    Events events();

    /** Committed events pushed to a back office. */
    interface Events {
        /** The event relay: off unless {@code tradechain.events.relay.url} is set. */
        Relay relay();

        /** Interval of the {@code : keep-alive} comment on quiet SSE streams. */
        @WithDefault("15s")
        java.time.Duration keepAlive();
    }

    /**
     * Pushes every committed event that the organisation may see to one HTTP endpoint, in commit
     * order, at least once, resuming after a restart from a durable checkpoint (docs/operations.md:
     * event relay).
     */
    interface Relay {
        /** The back office's endpoint; each event is POSTed there as JSON. Unset: no relay. */
        java.util.Optional<String> url();

        /**
         * The organisation whose view is relayed; by default the one this instance serves ({@code
         * all}: set it).
         */
        java.util.Optional<String> organisation();

        /**
         * File holding the next position to deliver; by default {@code
         * <data-dir>/event-relay-<msp>.position}.
         */
        java.util.Optional<String> checkpointFile();

        /** First block relayed when there is no checkpoint yet. */
        @WithDefault("0")
        long fromBlock();

        /**
         * Key of the HMAC-SHA256 signature sent in {@code Tradechain-Signature}; unset: unsigned.
         */
        java.util.Optional<String> secret();

        /** Time limit of one POST. */
        @WithDefault("10s")
        java.time.Duration timeout();

        /** Longest wait between two attempts at an event the endpoint refused. */
        @WithDefault("30s")
        java.time.Duration maxBackoff();
    }

    /** The Fabric connection ({@code tradechain.ledger=fabric}): see docs/operations.md. */
    Fabric fabric();

    /**
     * Where the peer is and who signs. Every setting is needed only when {@code
     * tradechain.ledger=fabric}.
     */
    interface Fabric {
        /**
         * The organisation's peer with the gateway service, host:port, e.g. {@code 127.0.0.1:7051}.
         */
        java.util.Optional<String> peerEndpoint();

        /**
         * The peer's TLS host name when it differs from the endpoint's, e.g. {@code
         * peer0.bank1.tradechain.example}.
         */
        java.util.Optional<String> peerHostAlias();

        /** PEM file of the CA that signed the peer's TLS certificate. */
        java.util.Optional<String> tlsCert();

        /**
         * Folder with one MSP folder per signing identity, named as the identity in users.json
         * ({@code <dir>/<identity>/signcerts/*.pem} and {@code <dir>/<identity>/keystore/*}).
         */
        java.util.Optional<String> identitiesDir();

        /** Time limit of one endorse, submit or evaluate call. */
        @WithDefault("30s")
        java.time.Duration callTimeout();

        /**
         * Identity (a name of {@link #identitiesDir}) that reads blocks and events for audit and
         * the event stream; by default the first admin user of this organisation in users.json.
         */
        java.util.Optional<String> systemIdentity();
    }

    /**
     * The sandbox: what integrators may do to an embedded ledger that a real network never allows.
     */
    Sandbox sandbox();

    /**
     * Sandbox features; all off by default, none available with {@code tradechain.ledger=fabric}.
     */
    interface Sandbox {
        /**
         * Whether organisation admins may move the embedded ledger's clock forward through {@code
         * /api/v1/sandbox/clock}, to reach maturities, expiries and overdue dates. The gateway
         * refuses to start with this set and {@code tradechain.ledger=fabric}.
         */
        @WithDefault("false")
        boolean clockEnabled();
    }

    /** True when this instance serves the given organisation. */
    default boolean serves(String mspId) {
        return "all".equals(organisation()) || organisation().equals(mspId);
    }
}
