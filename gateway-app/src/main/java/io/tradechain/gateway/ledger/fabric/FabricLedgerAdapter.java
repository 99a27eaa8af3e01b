package io.tradechain.gateway.ledger.fabric;

import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.ledger.BlockInfo;
import io.tradechain.gateway.ledger.Committed;
import io.tradechain.gateway.ledger.LedgerEvent;
import io.tradechain.gateway.ledger.LedgerException;
import io.tradechain.gateway.ledger.LedgerPort;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.ledger.Signer;
import io.tradechain.gateway.ledger.TransactionInfo;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.hyperledger.fabric.client.Hash;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockchainInfo;
import org.jboss.logging.Logger;

/**
 * The {@link LedgerPort} on a real Fabric network through fabric-gateway: one gRPC channel (TLS) to
 * the organisation's peer, one {@link Gateway} per signing identity. A write is endorsed by the
 * caller's own organisation (private inputs never leave the organisation's peer), submitted and
 * awaited until committed, once per call (a write invalidated by a conflict is retried with a fresh
 * proposal by {@link io.tradechain.gateway.ledger.RetryingLedgerPort}, around this adapter). Audit
 * reads go through the peer's qscc; events come from block events, positioned as {@link
 * FabricBlocks#position}, on streams that reconnect by themselves after the peer restarts ({@link
 * SupervisedBlockEvents}).
 */
public final class FabricLedgerAdapter implements LedgerPort, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FabricLedgerAdapter.class);
    private static final String QSCC = "qscc";

    private final ManagedChannel grpc;
    private final String channel;
    private final String endpoint;
    private final FabricIdentities identities;
    private final Signer system;
    private final Duration callTimeout;
    private final Map<String, Gateway> gateways = new ConcurrentHashMap<>();

    /**
     * Runs the blocking endorse-submit-wait of {@link #submitAsync} off the caller's (event loop)
     * thread.
     */
    private final java.util.concurrent.ExecutorService submitters =
            java.util.concurrent.Executors.newFixedThreadPool(
                    64,
                    runnable -> {
                        Thread thread = new Thread(runnable, "fabric-submit");
                        thread.setDaemon(true);
                        return thread;
                    });

    FabricLedgerAdapter(
            ManagedChannel grpc,
            String channel,
            String endpoint,
            FabricIdentities identities,
            Signer system,
            Duration callTimeout) {
        this.grpc = grpc;
        this.channel = channel;
        this.endpoint = endpoint;
        this.identities = identities;
        this.system = system;
        this.callTimeout = callTimeout;
    }

    /** Opens the gRPC channel to the configured peer; identities are loaded on first use. */
    public static FabricLedgerAdapter connect(GatewayConfig config, Signer system) {
        GatewayConfig.Fabric fabric = config.fabric();
        String endpoint = required(fabric.peerEndpoint(), "peer-endpoint");
        File tlsCert = new File(required(fabric.tlsCert(), "tls-cert"));
        ChannelCredentials credentials;
        try {
            credentials = TlsChannelCredentials.newBuilder().trustManager(tlsCert).build();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "tradechain.fabric.tls-cert " + tlsCert + " is unreadable: " + e.getMessage(),
                    e);
        }
        io.grpc.ManagedChannelBuilder<?> builder = Grpc.newChannelBuilder(endpoint, credentials);
        fabric.peerHostAlias().ifPresent(builder::overrideAuthority);
        return new FabricLedgerAdapter(
                builder.build(),
                config.channel(),
                endpoint,
                new FabricIdentities(Path.of(required(fabric.identitiesDir(), "identities-dir"))),
                system,
                fabric.callTimeout());
    }

    private static String required(Optional<String> value, String key) {
        return value.filter(v -> !v.isBlank())
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "tradechain.ledger=fabric needs tradechain.fabric."
                                                + key
                                                + " (README: Real Fabric network)"));
    }

    /**
     * Endorses, submits and awaits one transaction (a fresh proposal and transaction id per call);
     * an invalidated commit is thrown as {@link LedgerException.Category#INVALIDATED}, for the
     * retry layer around the adapter to decide on.
     */
    @Override
    public Committed submit(Proposal proposal) {
        org.hyperledger.fabric.client.Proposal built =
                contract(proposal.signer(), proposal.chaincode())
                        .newProposal(proposal.function())
                        .addArguments(proposal.args().toArray(String[]::new))
                        .putAllTransient(proposal.transientCopy())
                        // The caller's own organisation endorses: its peer is a member of the
                        // collections its transactions touch (transient inputs never leave it)
                        // and disseminates the private data to the other members.
                        .setEndorsingOrganizations(proposal.signer().mspId())
                        .build();
        String txId = built.getTransactionId();
        try {
            SubmittedTransaction submitted = built.endorse().submitAsync();
            Status status = submitted.getStatus();
            if (status.isSuccessful()) {
                return new Committed(txId, status.getBlockNumber(), submitted.getResult());
            }
            throw LedgerException.invalidated(status.getCode().name(), txId);
        } catch (EndorseException e) {
            // the client never held an endorsed transaction: nothing of this call can commit
            throw FabricErrors.from(e, txId).beforeOrdering();
        } catch (SubmitException e) {
            throw FabricErrors.fromSubmit(e, txId);
        } catch (CommitStatusException e) {
            throw FabricErrors.from(e, txId);
        } catch (GatewayRuntimeException e) {
            throw LedgerException.unavailable(
                    "the Fabric peer at " + endpoint + " failed: " + e.getMessage());
        }
    }

    /**
     * {@link #submit} on one of the adapter's own threads: endorsing and waiting for the commit
     * block on gRPC.
     */
    @Override
    public java.util.concurrent.CompletionStage<Committed> submitAsync(Proposal proposal) {
        java.util.concurrent.CompletableFuture<Committed> committed =
                new java.util.concurrent.CompletableFuture<>();
        try {
            submitters.execute(
                    () -> {
                        try {
                            committed.complete(submit(proposal));
                        } catch (RuntimeException e) {
                            committed.completeExceptionally(e);
                        }
                    });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            committed.completeExceptionally(
                    LedgerException.unavailable("the gateway is shutting down"));
        }
        return committed;
    }

    @Override
    public byte[] evaluate(Proposal proposal) {
        // Evaluated on the caller's own organisation's peer: Fabric's gateway would otherwise pick
        // the peer with the
        // highest block, possibly another organisation's that is not a member of the collections
        // the query reads.
        org.hyperledger.fabric.client.Proposal built =
                contract(proposal.signer(), proposal.chaincode())
                        .newProposal(proposal.function())
                        .addArguments(proposal.args().toArray(String[]::new))
                        .putAllTransient(proposal.transientCopy())
                        .setEndorsingOrganizations(proposal.signer().mspId())
                        .build();
        try {
            return built.evaluate();
        } catch (GatewayException e) {
            throw FabricErrors.from(e, built.getTransactionId());
        }
    }

    /**
     * Asks the organisation's peer for each chaincode's metadata ({@code
     * org.hyperledger.fabric:GetMetadata}), so a wrong name or an undeployed chaincode is reported
     * at start-up, not at the first user request.
     *
     * @return the chaincodes that answered
     * @throws IllegalStateException when the peer answers but one of them is not there (the gateway
     *     cannot serve)
     */
    public java.util.List<String> verifyChaincodes(java.util.List<String> names) {
        java.util.List<String> answering = new java.util.ArrayList<>();
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (String name : names) {
            try {
                evaluate(Proposal.of(system, name, "org.hyperledger.fabric:GetMetadata"));
                answering.add(name);
            } catch (LedgerException e) {
                if (e.is(LedgerException.Category.UNAVAILABLE)) {
                    LOG.warnf(
                            "the peer %s does not answer yet (%s): chaincodes not checked; the readiness check "
                                    + "reports the peer",
                            endpoint, e.getMessage());
                    return answering;
                }
                missing.add(name + " (" + e.getMessage() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(
                    "refusing to start: on channel "
                            + channel
                            + " the peer "
                            + endpoint
                            + " does not run "
                            + String.join(", ", missing)
                            + ". Deploy the chaincodes (scripts/network.sh "
                            + "deploy) or correct the names (tradechain.parties-chaincode, tradechain.channel).");
        }
        return answering;
    }

    @Override
    public String describe() {
        try {
            return "Fabric channel " + channel + " via peer " + endpoint + ", height " + height();
        } catch (LedgerException e) {
            return "Fabric channel " + channel + " via peer " + endpoint + ": " + e.getMessage();
        }
    }

    @Override
    public long height() {
        try {
            return BlockchainInfo.parseFrom(qscc("GetChainInfo", channel)).getHeight();
        } catch (InvalidProtocolBufferException e) {
            throw LedgerException.unavailable("the peer answered GetChainInfo unreadably");
        }
    }

    @Override
    public Optional<BlockInfo> block(long number) {
        if (number < 0 || number >= height()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    FabricBlocks.block(
                            Block.parseFrom(
                                    qscc("GetBlockByNumber", channel, Long.toString(number)))));
        } catch (InvalidProtocolBufferException e) {
            throw LedgerException.unavailable("the peer answered GetBlockByNumber unreadably");
        }
    }

    @Override
    public Optional<TransactionInfo> transaction(String txId) {
        Block block;
        try {
            block = Block.parseFrom(qscc("GetBlockByTxID", channel, txId));
        } catch (LedgerException e) {
            if (e.is(LedgerException.Category.UNAVAILABLE)) {
                throw e;
            }
            return Optional.empty(); // qscc refuses an unknown transaction id
        } catch (InvalidProtocolBufferException e) {
            throw LedgerException.unavailable("the peer answered GetBlockByTxID unreadably");
        }
        for (int i = 0; i < block.getData().getDataCount(); i++) {
            Optional<TransactionInfo> tx = FabricBlocks.transaction(block, i);
            if (tx.isPresent() && tx.get().txId().equals(txId)) {
                return tx;
            }
        }
        return Optional.empty();
    }

    @Override
    public AutoCloseable subscribe(long fromPosition, Consumer<LedgerEvent> consumer) {
        return new SupervisedBlockEvents(
                        startBlock ->
                                gateway(system)
                                        .getNetwork(channel)
                                        .newBlockEventsRequest()
                                        .startBlock(startBlock)
                                        .build()
                                        .getEvents(),
                        fromPosition,
                        consumer,
                        endpoint,
                        Duration.ofMillis(500),
                        Duration.ofSeconds(5))
                .start();
    }

    @Override
    public long firstEventPosition(long blockNumber) {
        return FabricBlocks.position(blockNumber, 0);
    }

    @Override
    public void close() {
        submitters.shutdownNow();
        gateways.values().forEach(Gateway::close);
        grpc.shutdownNow();
        try {
            grpc.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The client id a signer of this gateway has on the ledger (the chaincode's {@code
     * ClientIdentity.getId()}), from the certificate it signs with.
     */
    public String clientId(Signer signer) {
        return identities.clientId(signer);
    }

    private byte[] qscc(String function, String... args) {
        try {
            return gateway(system)
                    .getNetwork(channel)
                    .getContract(QSCC)
                    .evaluateTransaction(function, args);
        } catch (GatewayException e) {
            throw FabricErrors.from(e, null);
        }
    }

    private Contract contract(Signer signer, String chaincode) {
        return gateway(signer).getNetwork(channel).getContract(chaincode);
    }

    private Gateway gateway(Signer signer) {
        return gateways.computeIfAbsent(
                signer.mspId() + "/" + signer.identityName(),
                key -> {
                    FabricIdentities.Loaded loaded = identities.get(signer);
                    long millis = callTimeout.toMillis();
                    return Gateway.newInstance()
                            .identity(loaded.identity())
                            .signer(loaded.signer())
                            .hash(Hash.SHA256)
                            .connection(grpc)
                            .evaluateOptions(
                                    o -> o.withDeadlineAfter(millis, TimeUnit.MILLISECONDS))
                            .endorseOptions(o -> o.withDeadlineAfter(millis, TimeUnit.MILLISECONDS))
                            .submitOptions(o -> o.withDeadlineAfter(millis, TimeUnit.MILLISECONDS))
                            .commitStatusOptions(
                                    o -> o.withDeadlineAfter(millis * 2, TimeUnit.MILLISECONDS))
                            .connect();
                });
    }
}
