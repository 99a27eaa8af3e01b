package io.tradechain.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.WithDefault;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.ErrorInfo;
import io.tradechain.chaincode.common.Idempotency;
import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.ledger.BlockInfo;
import io.tradechain.gateway.ledger.Committed;
import io.tradechain.gateway.ledger.LedgerEvent;
import io.tradechain.gateway.ledger.LedgerException;
import io.tradechain.gateway.ledger.LedgerException.Category;
import io.tradechain.gateway.ledger.LedgerPort;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.ledger.RetryingLedgerPort;
import io.tradechain.gateway.ledger.Signer;
import io.tradechain.gateway.ledger.TransactionInfo;
import io.tradechain.gateway.supervision.SupervisionAlerts;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A write that loses its race at commit again and again is endorsed exactly {@code 1 +
 * tradechain.commit.conflict-retries} times (4 by default), with or without an Idempotency-Key: the
 * ledger port's {@link RetryingLedgerPort} is the one retry layer, and {@link ChaincodeCalls} adds
 * no loop of its own on top of it (before, a keyed write on Fabric could be endorsed 3 x 4 = 12
 * times). A keyed write whose twin won the race comes back as the twin's result; nothing but a lost
 * race or a chaincode failure at endorsement (which wrote nothing either) is sent again.
 */
class OneRetryLayerTest {
    private static final Signer OFFICER = new Signer("Bank1MSP", "officer", Signer.CLIENT);
    private static final Proposal WRITE = Proposal.of(OFFICER, "parties", "RegisterParty", "91");
    private static final String FIRST_TX = "a".repeat(64);

    /** The documented default of {@code tradechain.commit.conflict-retries}. */
    private static int defaultConflictRetries() throws NoSuchMethodException {
        return Integer.parseInt(
                GatewayConfig.Commit.class
                        .getMethod("conflictRetries")
                        .getAnnotation(WithDefault.class)
                        .value());
    }

    @Test
    void aWriteThatKeepsConflictingIsEndorsedOncePlusTheConfiguredRetriesWithOrWithoutAKey()
            throws NoSuchMethodException {
        int retries = defaultConflictRetries();
        assertThat(retries).isEqualTo(3);

        for (boolean keyed : List.of(false, true)) {
            ScriptedLedger ledger =
                    new ScriptedLedger(
                            () -> LedgerException.invalidated("MVCC_READ_CONFLICT", null));
            RetryingLedgerPort retrying = new RetryingLedgerPort(ledger, retries);
            assertThat(retrying.maxAttempts()).isEqualTo(4);
            ChaincodeCalls calls = calls(retrying, keyed ? "key-1" : null);

            assertThatThrownBy(() -> LedgerException.await(calls.submit(WRITE, String.class)))
                    .isInstanceOfSatisfying(
                            LedgerException.class,
                            e -> {
                                assertThat(e.category()).isEqualTo(Category.INVALIDATED);
                                assertThat(e.validationCode()).contains("MVCC_READ_CONFLICT");
                                assertThat(e.code()).isEqualTo("TRANSACTION_INVALIDATED");
                            });
            assertThat(ledger.endorsements).as("keyed: " + keyed).hasSize(4);
            if (keyed) {
                assertThat(ledger.endorsements)
                        .allSatisfy(
                                p ->
                                        assertThat(
                                                        new String(
                                                                p.transientData()
                                                                        .get(
                                                                                Idempotency
                                                                                        .TRANSIENT_KEY),
                                                                StandardCharsets.UTF_8))
                                                .isEqualTo("key-1"));
            }
        }
    }

    @Test
    void theBoundIsTheConfiguredOneAndZeroMeansNoRetry() {
        for (int retries : List.of(0, 1, 5)) {
            ScriptedLedger ledger =
                    new ScriptedLedger(
                            () -> LedgerException.invalidated("PHANTOM_READ_CONFLICT", null));
            ChaincodeCalls calls = calls(new RetryingLedgerPort(ledger, retries), "key-2");
            assertThatThrownBy(() -> LedgerException.await(calls.submit(WRITE, String.class)))
                    .isInstanceOf(LedgerException.class);
            assertThat(ledger.endorsements).hasSize(retries + 1);
        }
        assertThatThrownBy(() -> new RetryingLedgerPort(new ScriptedLedger(() -> null), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyedWriteWhoseTwinWonTheRaceIsAnsweredWithTheTwinsResult() {
        ScriptedLedger ledger =
                new ScriptedLedger(
                        () -> LedgerException.invalidated("MVCC_READ_CONFLICT", "b".repeat(64)),
                        () -> replayOf(FIRST_TX));
        ChaincodeCalls calls = calls(new RetryingLedgerPort(ledger, 3), "key-3");

        WriteResult<String> answer = LedgerException.await(calls.submit(WRITE, String.class));

        assertThat(ledger.endorsements).hasSize(2);
        assertThat(answer.replayed()).isTrue();
        assertThat(answer.txId()).isEqualTo(FIRST_TX);
        assertThat(answer.blockNumber()).isEqualTo(7);
        assertThat(answer.result()).isEqualTo("first answer");
    }

    @Test
    void aWriteThatWinsOnALaterAttemptIsCommitted() {
        ScriptedLedger ledger =
                new ScriptedLedger(
                        () -> LedgerException.invalidated("MVCC_READ_CONFLICT", null),
                        () -> LedgerException.invalidated("MVCC_READ_CONFLICT", null),
                        () -> null);
        ChaincodeCalls calls = calls(new RetryingLedgerPort(ledger, 3), null);

        WriteResult<String> answer = LedgerException.await(calls.submit(WRITE, String.class));

        assertThat(ledger.endorsements).hasSize(3);
        assertThat(answer.replayed()).isFalse();
        assertThat(answer.txId()).isEqualTo("tx-3");
    }

    @Test
    void aChaincodeFailureAtEndorsementIsEndorsedAgainWithinTheSameBound() {
        // seen on a real network while a bank joined: a call into the parties chaincode whose
        // definition was upgraded meanwhile; the caller's shim only says this
        Supplier<LedgerException> upgraded =
                () ->
                        LedgerException.unexpected(
                                "chaincode response 500, [2f0695cc]Unsuccessful response received.",
                                "t");
        ScriptedLedger onceFailing = new ScriptedLedger(upgraded, () -> null);
        WriteResult<String> answer =
                LedgerException.await(
                        calls(new RetryingLedgerPort(onceFailing, 3), "key-5")
                                .submit(WRITE, String.class));
        assertThat(onceFailing.endorsements).hasSize(2);
        assertThat(answer.txId()).isEqualTo("tx-2");

        ScriptedLedger broken = new ScriptedLedger(upgraded);
        ChaincodeCalls calls = calls(new RetryingLedgerPort(broken, 3), null);
        assertThatThrownBy(() -> LedgerException.await(calls.submit(WRITE, String.class)))
                .isInstanceOfSatisfying(
                        LedgerException.class,
                        e -> assertThat(e.category()).isEqualTo(Category.CHAINCODE_FAILURE));
        assertThat(broken.endorsements).hasSize(4);
    }

    @Test
    void aLedgerUnavailableBeforeOrderingIsEndorsedOnceMoreAndAfterOrderingNever() {
        // seen while a bank joins: the shim drops a cross-chaincode message and the endorsement
        // times out; no endorsed transaction reached the gateway, so none can commit
        Supplier<LedgerException> timedOut =
                () ->
                        LedgerException.unavailable(
                                        "the Fabric peer did not answer (DEADLINE_EXCEEDED): "
                                                + "endorsement timeout expired while collecting endorsements")
                                .beforeOrdering();
        ScriptedLedger onceTimedOut = new ScriptedLedger(timedOut, () -> null);
        WriteResult<String> answer =
                LedgerException.await(
                        calls(new RetryingLedgerPort(onceTimedOut, 3), null)
                                .submit(WRITE, String.class));
        assertThat(onceTimedOut.endorsements).hasSize(2);
        assertThat(answer.txId()).isEqualTo("tx-2");

        ScriptedLedger alwaysTimedOut = new ScriptedLedger(timedOut);
        ChaincodeCalls calls = calls(new RetryingLedgerPort(alwaysTimedOut, 3), "key-6");
        assertThatThrownBy(() -> LedgerException.await(calls.submit(WRITE, String.class)))
                .isInstanceOfSatisfying(
                        LedgerException.class,
                        e -> {
                            assertThat(e.category()).isEqualTo(Category.UNAVAILABLE);
                            assertThat(e.code()).isEqualTo("LEDGER_UNAVAILABLE");
                        });
        assertThat(alwaysTimedOut.endorsements)
                .as("one more attempt, not the whole bound")
                .hasSize(2);
    }

    @Test
    void theOneRetryOfAnUnavailableLedgerHoldsOnWhicheverAttemptItComes() {
        // seen on Docker while a bank joined: the definition change first failed the chaincode
        // (attempt 1), then the shim dropped the retry's cross-chaincode message (attempt 2 timed
        // out); before, only a first attempt's timeout was sent again, and the client got 503
        Supplier<LedgerException> upgraded =
                () -> LedgerException.unexpected("chaincode response 500, Unsuccessful", "t");
        Supplier<LedgerException> timedOut =
                () -> LedgerException.unavailable("DEADLINE_EXCEEDED").beforeOrdering();
        ScriptedLedger failedThenTimedOut = new ScriptedLedger(upgraded, timedOut, () -> null);
        WriteResult<String> answer =
                LedgerException.await(
                        calls(new RetryingLedgerPort(failedThenTimedOut, 3), null)
                                .submit(WRITE, String.class));
        assertThat(failedThenTimedOut.endorsements).hasSize(3);
        assertThat(answer.txId()).isEqualTo("tx-3");

        // still once per write: a second timeout, even after a chaincode failure between the two,
        // is answered
        ScriptedLedger timedOutTwice = new ScriptedLedger(timedOut, upgraded, timedOut, () -> null);
        ChaincodeCalls calls = calls(new RetryingLedgerPort(timedOutTwice, 3), null);
        assertThatThrownBy(() -> LedgerException.await(calls.submit(WRITE, String.class)))
                .isInstanceOfSatisfying(
                        LedgerException.class,
                        e -> assertThat(e.category()).isEqualTo(Category.UNAVAILABLE));
        assertThat(timedOutTwice.endorsements).hasSize(3);
    }

    @Test
    void aRefusalAnUnavailableLedgerAndAnInvalidationThatIsNoRaceAreNotSentAgain() {
        List<Supplier<LedgerException>> failures =
                List.of(
                        () -> LedgerException.invalidated("ENDORSEMENT_POLICY_FAILURE", "t"),
                        () -> LedgerException.unavailable("peer down"),
                        () ->
                                LedgerException.refused(
                                        ErrorInfo.fromMessage(
                                                        new BusinessException(
                                                                        CommonErrorCode
                                                                                .STATE_CONFLICT,
                                                                        "no")
                                                                .getMessage())
                                                .orElseThrow(),
                                        "t"));
        for (Supplier<LedgerException> failure : failures) {
            ScriptedLedger ledger = new ScriptedLedger(failure);
            ChaincodeCalls calls = calls(new RetryingLedgerPort(ledger, 3), "key-4");
            assertThatThrownBy(() -> LedgerException.await(calls.submit(WRITE, String.class)))
                    .isInstanceOfSatisfying(
                            LedgerException.class,
                            e -> assertThat(e.category()).isEqualTo(failure.get().category()));
            assertThat(ledger.endorsements).as(failure.get().getMessage()).hasSize(1);
        }
    }

    private static LedgerException replayOf(String firstTxId) {
        return LedgerException.refused(
                ErrorInfo.fromPayload(
                                new BusinessException(
                                                CommonErrorCode.IDEMPOTENT_REPLAY,
                                                "the key was already used by transaction "
                                                        + firstTxId,
                                                java.util.Map.of("firstTxId", firstTxId))
                                        .getPayload())
                        .orElseThrow(),
                "c".repeat(64));
    }

    private static ChaincodeCalls calls(LedgerPort ledger, String key) {
        IdempotencyKey idempotencyKey = new IdempotencyKey();
        if (key != null) {
            idempotencyKey.set(key);
        }
        return new ChaincodeCalls(
                ledger, new ObjectMapper(), idempotencyKey, new SupervisionAlerts(ledger));
    }

    /**
     * A ledger that answers each endorsement with the next scripted failure (the last one again
     * once the script runs out; null: committed) and knows the first transaction of a replay.
     */
    private static final class ScriptedLedger implements LedgerPort {
        final List<Proposal> endorsements = new ArrayList<>();
        private final Deque<Supplier<LedgerException>> script;
        private Supplier<LedgerException> last;

        @SafeVarargs
        ScriptedLedger(Supplier<LedgerException>... script) {
            this.script = new ArrayDeque<>(List.of(script));
        }

        @Override
        public Committed submit(Proposal proposal) {
            return LedgerException.await(submitAsync(proposal));
        }

        @Override
        public synchronized CompletionStage<Committed> submitAsync(Proposal proposal) {
            endorsements.add(proposal);
            if (!script.isEmpty()) {
                last = script.poll();
            }
            LedgerException failure = last.get();
            return failure == null
                    ? CompletableFuture.completedFuture(
                            new Committed(
                                    "tx-" + endorsements.size(),
                                    endorsements.size(),
                                    "\"written\"".getBytes(StandardCharsets.UTF_8)))
                    : CompletableFuture.failedFuture(failure);
        }

        @Override
        public byte[] evaluate(Proposal proposal) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String describe() {
            return "scripted";
        }

        @Override
        public long height() {
            return 0;
        }

        @Override
        public Optional<BlockInfo> block(long number) {
            return Optional.empty();
        }

        @Override
        public Optional<TransactionInfo> transaction(String txId) {
            return FIRST_TX.equals(txId)
                    ? Optional.of(
                            new TransactionInfo(
                                    txId,
                                    7,
                                    "VALID",
                                    "parties",
                                    "RegisterParty",
                                    List.of("91"),
                                    "Bank1MSP",
                                    "officer",
                                    Instant.EPOCH,
                                    "\"first answer\"".getBytes(StandardCharsets.UTF_8)))
                    : Optional.empty();
        }

        @Override
        public AutoCloseable subscribe(long fromPosition, Consumer<LedgerEvent> consumer) {
            return () -> {};
        }

        @Override
        public long firstEventPosition(long blockNumber) {
            return 0;
        }
    }
}
