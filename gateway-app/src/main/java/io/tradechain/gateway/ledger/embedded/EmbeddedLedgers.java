package io.tradechain.gateway.ledger.embedded;

import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.ledger.ChaincodeDefinition;
import io.tradechain.ledger.ChaincodeRegistry;
import io.tradechain.ledger.InMemoryLedger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Builds the embedded ledger with every chaincode of this repository deployed under its configured
 * name.
 */
public final class EmbeddedLedgers {
    private EmbeddedLedgers() {}

    /**
     * Opens the ledger: durable when {@code dataDir} is given (block file {@code
     * <dataDir>/blocks.dat}, chain verified and state rebuilt now), in memory otherwise.
     * Transaction timestamps come from {@code clock}.
     *
     * @throws io.tradechain.ledger.LedgerCorruptedException when the block file was altered
     */
    public static EmbeddedLedgerAdapter open(
            String channel,
            String partiesChaincode,
            Optional<Path> dataDir,
            int maxBlockSize,
            Duration commitTimeout,
            Clock clock) {
        InMemoryLedger.Builder builder = InMemoryLedger.builder().channel(channel).clock(clock);
        dataDir.ifPresent(dir -> builder.blockFile(dir.resolve("blocks.dat")));
        InMemoryLedger ledger = builder.build();
        for (ChaincodeDefinition definition : chaincodes(partiesChaincode)) {
            ledger.deploy(definition);
        }
        return new EmbeddedLedgerAdapter(ledger, maxBlockSize, commitTimeout);
    }

    /**
     * Every chaincode of the registry ({@code chaincode/registry.tsv}) with its collections (read
     * from the chaincode's own jar, the file the network deploys too) and the chaincodes it may
     * call. Contract classes are named there, not scanned for: a scan reads the whole application
     * classpath once per chaincode (seconds each). The party registry is deployed under {@code
     * partiesChaincode}; the others keep their registry names, by which other chaincodes call them.
     */
    static List<ChaincodeDefinition> chaincodes(String partiesChaincode) {
        return ChaincodeRegistry.load().entries().stream()
                .map(
                        entry ->
                                entry.definition(
                                        entry.name().equals(ChaincodeNames.PARTIES)
                                                ? partiesChaincode
                                                : entry.name()))
                .toList();
    }

    /** {@link #open(String, String, Optional, int, Duration, Clock)} on the system clock. */
    public static EmbeddedLedgerAdapter open(
            String channel,
            String partiesChaincode,
            Optional<Path> dataDir,
            int maxBlockSize,
            Duration commitTimeout) {
        return open(
                channel, partiesChaincode, dataDir, maxBlockSize, commitTimeout, Clock.systemUTC());
    }

    /** A fresh in-memory ledger, for tests. */
    public static EmbeddedLedgerAdapter inMemory(String channel, String partiesChaincode) {
        return open(
                channel,
                partiesChaincode,
                Optional.empty(),
                500,
                Duration.ofSeconds(30),
                Clock.systemUTC());
    }
}
