package io.tradechain.gateway.events.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradechain.gateway.events.EventVisibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event relay: order, at-least-once delivery, audience, durable checkpoint across restarts,
 * bounded memory.
 */
class EventRelayTest {
    private static final EventVisibility VISIBILITY = new EventVisibility(new ObjectMapper());
    private static final Duration FAST = Duration.ofMillis(5);

    @TempDir Path dir;

    private final ListLedger ledger = new ListLedger();
    private final List<Long> received = new CopyOnWriteArrayList<>();

    private EventRelay relay(EventSink sink, int queueCapacity) {
        return new EventRelay(
                        ledger,
                        VISIBILITY,
                        "Bank1MSP",
                        sink,
                        new PositionCheckpoint(dir.resolve("relay.pos")),
                        0,
                        FAST,
                        queueCapacity)
                .start();
    }

    private EventSink recording() {
        return event -> received.add(event.position());
    }

    @Test
    void deliversWhatTheOrganisationMaySeeInCommitOrderAndSavesHowFarItGot() throws Exception {
        ledger.append(); // 0: whole channel
        ledger.append("Bank1MSP", "CorpMSP"); // 1: Bank1 in the audience
        ledger.append("Bank2MSP"); // 2: not for Bank1
        ledger.append("Bank1MSP"); // 3
        try (EventRelay relay = relay(recording(), 100)) {
            await(() -> received.size() == 3 && relay.nextPosition() == 4);
            ledger.append("CorpMSP"); // 4: not for Bank1
            ledger.append(); // 5
            await(() -> received.size() == 4);
            assertThat(relay.delivered()).isEqualTo(4);
        }
        assertThat(received).containsExactly(0L, 1L, 3L, 5L);
        assertThat(new PositionCheckpoint(dir.resolve("relay.pos")).load()).hasValue(6);
    }

    @Test
    void aRestartedRelayResumesRightAfterTheLastDeliveredEvent() throws Exception {
        for (int i = 0; i < 5; i++) {
            ledger.append();
        }
        try (EventRelay first = relay(recording(), 100)) {
            await(() -> received.size() == 5);
        }
        for (int i = 0; i < 3; i++) {
            ledger.append(); // committed while the gateway was down
        }
        try (EventRelay second = relay(recording(), 100)) {
            await(() -> received.size() == 8);
            assertThat(second.delivered()).isEqualTo(3);
        }
        assertThat(received).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(ledger.subscribedFrom).containsExactly(0L, 5L);
    }

    @Test
    void anEventTheReceiverRefusesIsRetriedAndNothingOvertakesIt() throws Exception {
        for (int i = 0; i < 6; i++) {
            ledger.append();
        }
        AtomicInteger refusals = new AtomicInteger(3);
        EventSink flaky =
                event -> {
                    if (event.position() == 2 && refusals.getAndDecrement() > 0) {
                        throw new IOException("503 from the back office");
                    }
                    received.add(event.position());
                };
        try (EventRelay relay = relay(flaky, 100)) {
            await(() -> received.size() == 6);
            assertThat(relay.failing()).isEmpty();
        }
        assertThat(received).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(refusals.get()).isNegative();
    }

    @Test
    void aSlowReceiverCostsBoundedMemoryAndStillGetsEveryEventOnceInOrder() throws Exception {
        for (int i = 0; i < 200; i++) {
            ledger.append();
        }
        EventSink slow =
                event -> {
                    try {
                        Thread.sleep(
                                event.position() < 5
                                        ? 20
                                        : 0); // falls behind at first: the queue of 8 overflows
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    received.add(event.position());
                };
        try (EventRelay relay = relay(slow, 8)) {
            await(() -> received.size() == 200);
        }
        assertThat(received)
                .containsExactlyElementsOf(
                        java.util.stream.LongStream.range(0, 200).boxed().toList());
        assertThat(ledger.subscribedFrom.size())
                .as("subscribed again after overflowing")
                .isGreaterThan(1);
        await(() -> ledger.openSubscriptions.get() == 0);
    }

    @Test
    void aNewRelayStartsAtTheConfiguredPosition() throws Exception {
        for (int i = 0; i < 4; i++) {
            ledger.append();
        }
        try (EventRelay relay =
                new EventRelay(
                                ledger,
                                VISIBILITY,
                                "Bank1MSP",
                                recording(),
                                new PositionCheckpoint(dir.resolve("late.pos")),
                                2,
                                FAST,
                                10)
                        .start()) {
            await(() -> received.size() == 2);
        }
        assertThat(received).containsExactly(2L, 3L);
    }

    @Test
    void aCheckpointFileThatHoldsNoPositionStopsTheStartWithAClearMessage() throws Exception {
        Path file = dir.resolve("broken.pos");
        Files.writeString(file, "not a number");
        assertThatThrownBy(
                        () ->
                                new EventRelay(
                                        ledger,
                                        VISIBILITY,
                                        "Bank1MSP",
                                        recording(),
                                        new PositionCheckpoint(file),
                                        0,
                                        FAST,
                                        10))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken.pos")
                .hasMessageContaining("does not hold a position");
    }

    @Test
    void aSavedCheckpointReplacesTheOldOneWhole() throws Exception {
        PositionCheckpoint checkpoint = new PositionCheckpoint(dir.resolve("sub/relay.pos"));
        assertThat(checkpoint.load()).isEmpty();
        checkpoint.save(41);
        checkpoint.save(1_234_567_890_123L);
        assertThat(checkpoint.load()).hasValue(1_234_567_890_123L);
        assertThat(Files.list(dir.resolve("sub")).map(p -> p.getFileName().toString()))
                .containsExactly("relay.pos");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 10 s").isLessThan(deadline);
            Thread.sleep(2);
        }
    }
}
