package io.tradechain.gateway.http;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Idempotency;
import io.tradechain.chaincode.common.Page;
import io.tradechain.gateway.ledger.Committed;
import io.tradechain.gateway.ledger.LedgerException;
import io.tradechain.gateway.ledger.LedgerPort;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.ledger.TransactionInfo;
import io.tradechain.gateway.supervision.SupervisionAlerts;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Calls a chaincode through the {@link LedgerPort} and reads its JSON answer. Writes carry the
 * request's {@code Idempotency-Key} to the chaincode, which commits a key once ({@link
 * Idempotency}); a retry is answered with the first transaction's result.
 *
 * <p>Nothing here sends a write again: a write that lost a race at commit is retried by the ledger
 * port's one retry layer ({@link io.tradechain.gateway.ledger.RetryingLedgerPort}), with its key,
 * so a request that raced its own twin meets the twin's claim there and comes back as {@code
 * IDEMPOTENT_REPLAY}, which is answered here with the twin's result.
 */
@ApplicationScoped
public class ChaincodeCalls {
    private final LedgerPort ledger;
    private final ObjectMapper mapper;
    private final IdempotencyKey idempotencyKey;
    private final SupervisionAlerts alerts;

    public ChaincodeCalls(
            LedgerPort ledger,
            ObjectMapper mapper,
            IdempotencyKey idempotencyKey,
            SupervisionAlerts alerts) {
        this.ledger = ledger;
        this.mapper = mapper;
        this.idempotencyKey = idempotencyKey;
        this.alerts = alerts;
    }

    /**
     * Submits a transaction; the stage completes once it is committed, or fails with the {@link
     * LedgerException} of its refusal (inside a CompletionException once further stages are chained
     * on it: the error mappers unwrap it), without holding the calling thread meanwhile. Reads the
     * request's Idempotency-Key on the calling thread, so call it from the request.
     */
    public <T> CompletionStage<WriteResult<T>> submit(Proposal proposal, Class<T> resultType) {
        return submit(proposal, mapper.constructType(resultType));
    }

    /**
     * As {@link #submit(Proposal, Class)} for a generic result type (build it with {@link
     * #types()}).
     */
    public <T> CompletionStage<WriteResult<T>> submit(Proposal proposal, JavaType resultType) {
        Optional<String> key = idempotencyKey.value();
        CompletionStage<WriteResult<byte[]>> raw;
        if (key.isEmpty()) {
            raw =
                    onCallersContext(watched(proposal, ledger.submitAsync(proposal)))
                            .thenApply(this::written);
        } else {
            raw =
                    onCallersContext(
                            watched(
                                    proposal,
                                    keyed(
                                            proposal.withTransient(
                                                    Idempotency.TRANSIENT_KEY,
                                                    key.get().getBytes(StandardCharsets.UTF_8)))));
        }
        return raw.thenApply(
                written ->
                        new WriteResult<T>(
                                written.txId(),
                                written.blockNumber(),
                                read(written.result(), resultType),
                                written.replayed()));
    }

    /**
     * Hands a refusal to the supervision alerts on the side (they record what the regulator must
     * see, without delaying or changing this answer); the stage itself is returned unchanged.
     */
    private <T> CompletionStage<T> watched(Proposal proposal, CompletionStage<T> stage) {
        stage.whenComplete(
                (value, failure) -> {
                    if (failure != null
                            && LedgerException.unwrap(failure) instanceof LedgerException refusal) {
                        alerts.refused(proposal, refusal);
                    }
                });
        return stage;
    }

    /**
     * The same outcome, delivered on the caller's Vert.x context (the request's event loop) instead
     * of the thread that completed it (the embedded ledger's single committer, or a Fabric submit
     * thread): the committer only hands results over, and building and writing each answer happens
     * on the event loops, in parallel.
     */
    private static <T> CompletionStage<T> onCallersContext(CompletionStage<T> stage) {
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        if (context == null) {
            return stage;
        }
        CompletableFuture<T> resumed = new CompletableFuture<>();
        stage.whenComplete(
                (value, failure) ->
                        context.runOnContext(
                                ignored -> {
                                    if (failure == null) {
                                        resumed.complete(value);
                                    } else {
                                        resumed.completeExceptionally(
                                                LedgerException.unwrap(failure));
                                    }
                                }));
        return resumed;
    }

    /**
     * Submits a write that carries its Idempotency-Key: committed, it is answered as written; if
     * the key was committed already (a retry by the client, or its twin that won a race), the
     * chaincode refuses with {@code IDEMPOTENT_REPLAY} and the answer is the first transaction's.
     */
    private CompletionStage<WriteResult<byte[]>> keyed(Proposal keyed) {
        CompletableFuture<WriteResult<byte[]>> answer = new CompletableFuture<>();
        ledger.submitAsync(keyed)
                .whenComplete(
                        (committed, failure) -> {
                            if (failure == null) {
                                answer.complete(written(committed));
                                return;
                            }
                            RuntimeException e = LedgerException.unwrap(failure);
                            try {
                                if (e instanceof LedgerException refusal
                                        && refusal.isRefused(CommonErrorCode.IDEMPOTENT_REPLAY)) {
                                    answer.complete(replay(refusal));
                                } else {
                                    answer.completeExceptionally(e);
                                }
                            } catch (RuntimeException replayFailure) {
                                answer.completeExceptionally(replayFailure);
                            }
                        });
        return answer;
    }

    private WriteResult<byte[]> written(Committed committed) {
        return new WriteResult<>(
                committed.txId(), committed.blockNumber(), committed.payload(), false);
    }

    /**
     * The first transaction's result, named by the refusal's {@code firstTxId} detail (the
     * chaincode always gives it; on Fabric it rides in the message's details, {@code
     * ErrorInfo.fromMessage}).
     */
    private WriteResult<byte[]> replay(LedgerException refusal) {
        String firstTxId = refusal.details().get("firstTxId");
        TransactionInfo first =
                firstTxId == null ? null : ledger.transaction(firstTxId).orElse(null);
        if (first == null) {
            throw LedgerException.unavailable(
                    "this Idempotency-Key was committed by transaction "
                            + firstTxId
                            + ", which the ledger cannot show yet; retry later");
        }
        return new WriteResult<>(first.txId(), first.blockNumber(), first.response(), true);
    }

    /**
     * The chaincode's JSON answer as a tree, for the gateway's own use (never an API answer: those
     * are typed).
     */
    public JsonNode evaluate(Proposal proposal) {
        return json(ledger.evaluate(proposal));
    }

    /**
     * The chaincode's answer read as {@code type}, the chaincode's own record, so the API answer is
     * typed.
     */
    public <T> T evaluate(Proposal proposal, Class<T> type) {
        return read(ledger.evaluate(proposal), mapper.constructType(type));
    }

    /**
     * As {@link #evaluate(Proposal, Class)} for a generic type (build it with {@link #types()}).
     */
    public <T> T evaluate(Proposal proposal, JavaType type) {
        return read(ledger.evaluate(proposal), type);
    }

    /** A page of {@code itemType}, the chaincode's {@link Page} envelope. */
    public <T> Page<T> page(Proposal proposal, Class<T> itemType) {
        return evaluate(proposal, types().constructParametricType(Page.class, itemType));
    }

    /**
     * Builds generic types for {@link #evaluate(Proposal, JavaType)} and {@link #submit(Proposal,
     * JavaType)}.
     */
    public TypeFactory types() {
        return CanonicalJson.mapper().getTypeFactory();
    }

    /**
     * Reads the chaincode's canonical JSON with the chaincode's own mapper into the record it was
     * written from. A chaincode answer that does not fit is no fault of the client:
     * CHAINCODE_FAILURE.
     */
    private <T> T read(byte[] payload, JavaType type) {
        if (payload == null || payload.length == 0) {
            return null;
        }
        try {
            return CanonicalJson.mapper().readValue(payload, type);
        } catch (IOException | RuntimeException e) {
            throw LedgerException.unexpected(
                    "the chaincode's answer is not a "
                            + type.getRawClass().getSimpleName()
                            + ": "
                            + e.getMessage(),
                    null);
        }
    }

    private JsonNode json(byte[] payload) {
        if (payload == null || payload.length == 0) {
            return mapper.nullNode();
        }
        try {
            return mapper.readTree(payload);
        } catch (IOException e) {
            throw LedgerException.unexpected(
                    "the chaincode answered with something that is not JSON", null);
        }
    }
}
