package io.tradechain.gateway.ledger.embedded;

import io.tradechain.blacklist.BlacklistCollections;
import io.tradechain.blacklist.BlacklistContract;
import io.tradechain.forfaiting.ForfaitingCollections;
import io.tradechain.forfaiting.ForfaitingContract;
import io.tradechain.gateway.ledger.ChaincodeNames;
import io.tradechain.letterofcredit.LcCollections;
import io.tradechain.letterofcredit.LetterOfCreditContract;
import io.tradechain.testkit.ChaincodeDefinition;
import io.tradechain.testkit.CollectionConfig;
import io.tradechain.testkit.InMemoryLedger;
import io.tradechain.parties.PartyContract;
import io.tradechain.receivables.ReceivablesCollections;
import io.tradechain.receivables.ReceivablesContract;
import io.tradechain.supervision.SupervisionCollections;
import io.tradechain.supervision.SupervisionContract;
import io.tradechain.verification.VerificationCollections;
import io.tradechain.verification.VerificationContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Builds the embedded ledger with every chaincode of this repository deployed under its configured name. */
public final class EmbeddedLedgers {
    private EmbeddedLedgers() {
    }

    /**
     * Opens the ledger: durable when {@code dataDir} is given (block file {@code <dataDir>/blocks.dat}, chain
     * verified and state rebuilt now), in memory otherwise. Transaction timestamps come from {@code clock}.
     *
     * @throws io.tradechain.testkit.LedgerCorruptedException when the block file was altered
     */
    public static EmbeddedLedgerAdapter open(String channel, String partiesChaincode, Optional<Path> dataDir,
            int maxBlockSize, Duration commitTimeout, Clock clock) {
        InMemoryLedger.Builder builder = InMemoryLedger.builder().channel(channel).clock(clock);
        dataDir.ifPresent(dir -> builder.blockFile(dir.resolve("blocks.dat")));
        InMemoryLedger ledger = builder.build();
        for (ChaincodeDefinition definition : chaincodes(partiesChaincode)) {
            ledger.deploy(definition);
        }
        return new EmbeddedLedgerAdapter(ledger, maxBlockSize, commitTimeout);
    }

    /**
     * Every chaincode of the repository with its collections (read from the chaincode's own jar, the file the
     * network deploys too). Contract classes are named, not scanned for: a scan reads the whole application classpath
     * once per chaincode (seconds each). The blacklist and verification keep their fixed names: other chaincodes call them by it.
     */
    static List<ChaincodeDefinition> chaincodes(String partiesChaincode) {
        return List.of(
                ChaincodeDefinition.builder(partiesChaincode).contractClasses(PartyContract.class).build(),
                ChaincodeDefinition.builder(ChaincodeNames.BLACKLIST)
                        .contractClasses(BlacklistContract.class)
                        .collections(collections(BlacklistCollections.RESOURCE)).build(),
                ChaincodeDefinition.builder(ChaincodeNames.VERIFICATION).contractClasses(VerificationContract.class)
                        .collections(collections(VerificationCollections.RESOURCE)).build(),
                ChaincodeDefinition.builder(ChaincodeNames.RECEIVABLES).contractClasses(ReceivablesContract.class)
                        .collections(collections(ReceivablesCollections.RESOURCE)).build(),
                ChaincodeDefinition.builder(ChaincodeNames.LETTER_OF_CREDIT)
                        .contractClasses(LetterOfCreditContract.class)
                        .collections(collections(LcCollections.RESOURCE)).build(),
                ChaincodeDefinition.builder(ChaincodeNames.FORFAITING).contractClasses(ForfaitingContract.class)
                        .collections(collections(ForfaitingCollections.RESOURCE)).build(),
                ChaincodeDefinition.builder(ChaincodeNames.SUPERVISION).contractClasses(SupervisionContract.class)
                        .collections(collections(SupervisionCollections.RESOURCE)).build());
    }

    private static List<CollectionConfig> collections(String resource) {
        try (InputStream in = EmbeddedLedgers.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("collection definitions " + resource + " are not on the classpath");
            }
            return CollectionConfig.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read collection definitions " + resource, e);
        }
    }

    /** {@link #open(String, String, Optional, int, Duration, Clock)} on the system clock. */
    public static EmbeddedLedgerAdapter open(String channel, String partiesChaincode, Optional<Path> dataDir,
            int maxBlockSize, Duration commitTimeout) {
        return open(channel, partiesChaincode, dataDir, maxBlockSize, commitTimeout, Clock.systemUTC());
    }

    /** A fresh in-memory ledger, for tests. */
    public static EmbeddedLedgerAdapter inMemory(String channel, String partiesChaincode) {
        return open(channel, partiesChaincode, Optional.empty(), 500, Duration.ofSeconds(30), Clock.systemUTC());
    }
}
