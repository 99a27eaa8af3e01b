package io.tradechain.gateway.ledger.embedded;

import io.tradechain.gateway.ledger.BlockInfo;
import io.tradechain.gateway.ledger.Committed;
import io.tradechain.gateway.ledger.LedgerEvent;
import io.tradechain.gateway.ledger.LedgerException;
import io.tradechain.gateway.ledger.LedgerPort;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.ledger.Signer;
import io.tradechain.gateway.ledger.TransactionInfo;
import io.tradechain.ledger.Block;
import io.tradechain.ledger.ChaincodeEventRecord;
import io.tradechain.ledger.Endorsement;
import io.tradechain.ledger.Identity;
import io.tradechain.ledger.InMemoryLedger;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import io.tradechain.ledger.ValidationCode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The embedded ledger behind the {@link LedgerPort}: every chaincode of this repository deployed in
 * this process, each call run through the chaincode's real entry point; endorsements run
 * concurrently, a {@link GroupCommitter} orders them into blocks, and with a block file a block is
 * on disk before any of its callers hears of it.
 *
 * <p>Identities are X.509 certificates issued by one CA per organisation inside the process; a
 * user's client id ({@code x509::subject::issuer}) depends only on its name, role and organisation,
 * so it stays the same across restarts.
 */
public final class EmbeddedLedgerAdapter implements LedgerPort, AutoCloseable {
    private final InMemoryLedger ledger;
    private final GroupCommitter committer;
    private final Duration commitTimeout;
    private final Set<EventSubscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final ExecutorService eventPump =
            Executors.newSingleThreadExecutor(
                    r -> {
                        Thread t = new Thread(r, "embedded-ledger-events");
                        t.setDaemon(true);
                        return t;
                    });

    public EmbeddedLedgerAdapter(InMemoryLedger ledger, int maxBlockSize, Duration commitTimeout) {
        this.ledger = ledger;
        this.committer = new GroupCommitter(ledger, maxBlockSize);
        this.commitTimeout = commitTimeout;
        ledger.addCommitListener(
                block -> {
                    if (!subscriptions.isEmpty()) {
                        eventPump.execute(() -> subscriptions.forEach(EventSubscription::pump));
                    }
                });
    }

    public EmbeddedLedgerAdapter(InMemoryLedger ledger) {
        this(ledger, 500, Duration.ofSeconds(30));
    }

    @Override
    public Committed submit(Proposal proposal) {
        return LedgerException.await(submitAsync(proposal));
    }

    /**
     * Endorses on the calling thread (the chaincode runs in memory, no I/O), then hands the
     * transaction to the group committer; the stage completes on the committer's thread once the
     * block holding it is on disk and applied.
     */
    @Override
    public CompletableFuture<Committed> submitAsync(Proposal proposal) {
        Endorsement endorsement = ledger.endorse(invocation(proposal));
        if (!endorsement.isSuccess()) {
            return CompletableFuture.failedFuture(
                    LedgerException.fromChaincodeResponse(
                            endorsement.payload(), endorsement.message(), endorsement.txId()));
        }
        CompletableFuture<Committed> committed = new CompletableFuture<>();
        committer
                .order(endorsement)
                .orTimeout(commitTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete(
                        (result, failure) -> {
                            if (failure instanceof TimeoutException) {
                                committed.completeExceptionally(
                                        LedgerException.unavailable(
                                                "transaction "
                                                        + endorsement.txId()
                                                        + " was not committed within "
                                                        + commitTimeout.toSeconds()
                                                        + " s; look it up by id before sending it again"));
                            } else if (failure != null) {
                                Throwable cause =
                                        failure instanceof CompletionException
                                                        && failure.getCause() != null
                                                ? failure.getCause()
                                                : failure;
                                committed.completeExceptionally(
                                        LedgerException.unavailable(
                                                "the embedded ledger could not commit: "
                                                        + cause.getMessage()));
                            } else if (result.validationCode() != ValidationCode.VALID) {
                                committed.completeExceptionally(
                                        LedgerException.invalidated(
                                                result.validationCode().name(), result.txId()));
                            } else {
                                committed.complete(
                                        new Committed(
                                                result.txId(),
                                                result.blockNumber(),
                                                result.payload()));
                            }
                        });
        return committed;
    }

    @Override
    public byte[] evaluate(Proposal proposal) {
        TxResult result = ledger.evaluate(invocation(proposal));
        if (!result.isEndorsed()) {
            throw LedgerException.fromChaincodeResponse(
                    result.payload(), result.message(), result.txId());
        }
        return result.payload();
    }

    @Override
    public String describe() {
        return "embedded ledger, height "
                + ledger.height()
                + ledger.blockFile()
                        .map(f -> ", block file " + f.path())
                        .orElse(", in memory only");
    }

    @Override
    public long height() {
        return ledger.height();
    }

    @Override
    public Optional<BlockInfo> block(long number) {
        if (number < 0 || number >= ledger.height()) {
            return Optional.empty();
        }
        Block block = ledger.block(number);
        return Optional.of(
                new BlockInfo(
                        block.number(),
                        block.hash(),
                        block.previousHash(),
                        block.dataHash(),
                        block.transactions().stream().map(EmbeddedLedgerAdapter::info).toList()));
    }

    @Override
    public Optional<TransactionInfo> transaction(String txId) {
        return ledger.transaction(txId).map(EmbeddedLedgerAdapter::info);
    }

    private static TransactionInfo info(TxResult tx) {
        TxResult.TxHeader h = tx.header();
        return new TransactionInfo(
                tx.txId(),
                tx.blockNumber(),
                tx.validationCode().name(),
                h.chaincode(),
                h.function(),
                h.args(),
                h.creatorMsp(),
                h.creatorName(),
                h.timestamp(),
                tx.payload());
    }

    @Override
    public AutoCloseable subscribe(long fromPosition, Consumer<LedgerEvent> consumer) {
        EventSubscription[] self = new EventSubscription[1];
        self[0] =
                new EventSubscription(
                        ledger, fromPosition, consumer, () -> subscriptions.remove(self[0]));
        subscriptions.add(self[0]);
        eventPump.execute(self[0]::pump);
        return self[0];
    }

    @Override
    public long firstEventPosition(long blockNumber) {
        List<ChaincodeEventRecord> all = ledger.events(0);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).blockNumber() >= blockNumber) {
                return i;
            }
        }
        return all.size();
    }

    /**
     * The certificate identity that signs for a signer; the same name and role always give the same
     * client id.
     */
    public Identity identity(Signer signer) {
        var msp = ledger.msp(signer.mspId());
        return signer.isAdmin()
                ? msp.admin(signer.identityName())
                : msp.client(signer.identityName());
    }

    /** The ledger itself, for benchmarks and tests that compare with the REST layer. */
    public InMemoryLedger ledger() {
        return ledger;
    }

    private Invocation invocation(Proposal proposal) {
        Invocation.Builder builder =
                Invocation.builder(
                                identity(proposal.signer()),
                                proposal.chaincode(),
                                proposal.function())
                        .args(proposal.args().toArray(String[]::new));
        for (Map.Entry<String, byte[]> entry : proposal.transientData().entrySet()) {
            builder.transientData(entry.getKey(), entry.getValue());
        }
        return builder.build();
    }

    /** Stops ordering (transactions still queued are committed first) and closes the block file. */
    @Override
    public void close() {
        committer.close();
        eventPump.shutdownNow();
        ledger.close();
    }
}
