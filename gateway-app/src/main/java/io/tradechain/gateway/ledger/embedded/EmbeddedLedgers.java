package io.tradechain.gateway.ledger.embedded;

import io.tradechain.testkit.ChaincodeDefinition;
import io.tradechain.testkit.InMemoryLedger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Builds the embedded ledger with every chaincode of this repository deployed under its configured name. */
public final class EmbeddedLedgers {
    private EmbeddedLedgers() {
    }

    /**
     * Opens the ledger: durable when {@code dataDir} is given (block file {@code <dataDir>/blocks.dat}, chain
     * verified and state rebuilt now), in memory otherwise.
     *
     * @throws io.tradechain.testkit.LedgerCorruptedException when the block file was altered
     */
    public static EmbeddedLedgerAdapter open(String channel, String partiesChaincode, Optional<Path> dataDir,
            int maxBlockSize, Duration commitTimeout) {
        InMemoryLedger.Builder builder = InMemoryLedger.builder().channel(channel);
        dataDir.ifPresent(dir -> builder.blockFile(dir.resolve("blocks.dat")));
        InMemoryLedger ledger = builder.build();
        ledger.deploy(ChaincodeDefinition.builder(partiesChaincode).contractPackages("io.tradechain.parties").build());
        return new EmbeddedLedgerAdapter(ledger, maxBlockSize, commitTimeout);
    }

    /** A fresh in-memory ledger, for tests. */
    public static EmbeddedLedgerAdapter inMemory(String channel, String partiesChaincode) {
        return open(channel, partiesChaincode, Optional.empty(), 500, Duration.ofSeconds(30));
    }
}
