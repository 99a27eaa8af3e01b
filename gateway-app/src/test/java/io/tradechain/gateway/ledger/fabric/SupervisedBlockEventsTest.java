package io.tradechain.gateway.ledger.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.tradechain.gateway.ledger.LedgerEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.Test;

/**
 * The Fabric adapter's event stream across broken connections: a fake peer serves blocks of a fixed
 * chain, and its streams break as a restarted peer's do; the supervised stream opens a new one from
 * where it stopped.
 */
class SupervisedBlockEventsTest {
    private static final Duration FAST = Duration.ofMillis(10);

    /** Blocks 0..9, each with two transactions of which the first is valid and emits an event. */
    private static final List<Block> CHAIN = chain(10);

    @Test
    void aStreamThatBreaksIsOpenedAgainAtTheNextBlockAndNoEventRepeatsOrGoesMissing() {
        FakePeer peer =
                new FakePeer(
                        List.of(
                                3, 4,
                                0)); // the first stream breaks after 3 blocks, the second after 4
        List<LedgerEvent> seen = new CopyOnWriteArrayList<>();
        try (SupervisedBlockEvents stream =
                new SupervisedBlockEvents(peer, 0, seen::add, "peer0", FAST, FAST).start()) {
            await(Duration.ofSeconds(5), () -> seen.size() == 10);
            assertThat(stream.reconnections()).isEqualTo(2);
        }
        assertThat(seen)
                .extracting(LedgerEvent::blockNumber)
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(seen).extracting(LedgerEvent::txId).doesNotHaveDuplicates();
        assertThat(peer.opened).containsExactly(0L, 3L, 7L);
    }

    @Test
    void aStreamStartsInsideABlockAtTheRequestedPosition() {
        FakePeer peer = new FakePeer(List.of(0));
        List<LedgerEvent> seen = new CopyOnWriteArrayList<>();
        long from = FabricBlocks.position(5, 1); // after block 5's only event
        try (SupervisedBlockEvents stream =
                new SupervisedBlockEvents(peer, from, seen::add, "peer0", FAST, FAST).start()) {
            await(Duration.ofSeconds(5), () -> seen.size() == 4);
            assertThat(stream.nextPosition()).isEqualTo(FabricBlocks.position(10, 0));
        }
        assertThat(seen).extracting(LedgerEvent::blockNumber).containsExactly(6L, 7L, 8L, 9L);
        assertThat(peer.opened).containsExactly(5L);
    }

    @Test
    void aPeerThatRefusesToOpenIsTriedAgainUntilItAnswers() {
        FakePeer peer = new FakePeer(List.of(0));
        peer.refusals = 3;
        List<LedgerEvent> seen = new CopyOnWriteArrayList<>();
        try (SupervisedBlockEvents stream =
                new SupervisedBlockEvents(peer, 0, seen::add, "peer0", FAST, FAST).start()) {
            await(Duration.ofSeconds(5), () -> seen.size() == 10);
            assertThat(stream.reconnections()).isEqualTo(3);
        }
    }

    @Test
    void closingStopsTheStreamAndNothingIsDeliveredAfterwards() throws Exception {
        FakePeer peer = new FakePeer(List.of(0));
        peer.holdAfter = 2; // serves two blocks, then waits for more like a live stream
        List<LedgerEvent> seen = new CopyOnWriteArrayList<>();
        SupervisedBlockEvents stream =
                new SupervisedBlockEvents(peer, 0, seen::add, "peer0", FAST, FAST).start();
        await(Duration.ofSeconds(5), () -> seen.size() == 2);
        stream.close();
        Thread.sleep(100);
        assertThat(seen).hasSize(2);
        assertThat(peer.closedStreams).isEqualTo(1);
    }

    @Test
    void aConsumerThatFailsStopsItsStreamInsteadOfReplayingTheEventForever() throws Exception {
        FakePeer peer = new FakePeer(List.of(0));
        List<LedgerEvent> seen = new CopyOnWriteArrayList<>();
        SupervisedBlockEvents stream =
                new SupervisedBlockEvents(
                                peer,
                                0,
                                event -> {
                                    if (event.blockNumber() == 2) {
                                        throw new IllegalStateException("client went away");
                                    }
                                    seen.add(event);
                                },
                                "peer0",
                                FAST,
                                FAST)
                        .start();
        Thread.sleep(200);
        assertThat(seen).extracting(LedgerEvent::blockNumber).containsExactly(0L, 1L);
        assertThat(peer.opened).containsExactly(0L);
        stream.close();
    }

    private static List<Block> chain(int blocks) {
        List<Block> chain = new ArrayList<>();
        for (int n = 0; n < blocks; n++) {
            chain.add(
                    FabricBlocksTest.block(
                            n,
                            List.of(
                                    FabricBlocksTest.endorsed(
                                            "tx-" + n + "-a",
                                            "parties",
                                            "RegisterParty",
                                            List.of("c" + n),
                                            "parties.PartyRegistered",
                                            "{}"),
                                    FabricBlocksTest.endorsed(
                                            "tx-" + n + "-b",
                                            "parties",
                                            "RegisterParty",
                                            List.of("d" + n),
                                            "parties.PartyRegistered",
                                            "{}")),
                            new byte[] {
                                (byte) TxValidationCode.VALID_VALUE,
                                (byte) TxValidationCode.MVCC_READ_CONFLICT_VALUE
                            }));
        }
        return Collections.unmodifiableList(chain);
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Polls until the condition holds, failing after the time limit. */
    static void await(Duration limit, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + limit);
            }
            pause();
        }
    }

    /**
     * Serves {@link #CHAIN}; stream k breaks after breakAfter[k] blocks (0: never); at the chain's
     * end it waits.
     */
    private static final class FakePeer implements SupervisedBlockEvents.Opener {
        final List<Long> opened = new CopyOnWriteArrayList<>();
        final List<Integer> breakAfter;
        volatile int refusals;
        volatile int holdAfter = -1;
        volatile int closedStreams;

        FakePeer(List<Integer> breakAfter) {
            this.breakAfter = breakAfter;
        }

        @Override
        public CloseableIterator<Block> open(long startBlock) {
            if (refusals > 0) {
                refusals--;
                throw new GatewayRuntimeException(
                        Status.UNAVAILABLE
                                .withDescription("connection refused")
                                .asRuntimeException());
            }
            int stream = opened.size();
            opened.add(startBlock);
            int limit =
                    stream < breakAfter.size() && breakAfter.get(stream) > 0
                            ? breakAfter.get(stream)
                            : Integer.MAX_VALUE;
            Iterator<Block> blocks = CHAIN.subList((int) startBlock, CHAIN.size()).iterator();
            return new CloseableIterator<>() {
                int served;
                volatile boolean closed;

                @Override
                public boolean hasNext() {
                    if (served == limit) {
                        throw new GatewayRuntimeException(
                                Status.UNAVAILABLE
                                        .withDescription("peer restarted")
                                        .asRuntimeException());
                    }
                    // like a live stream, it waits for the next block (here: forever) until it is
                    // closed
                    while ((served == holdAfter || !blocks.hasNext()) && !closed) {
                        pause();
                    }
                    if (closed) {
                        throw new GatewayRuntimeException(Status.CANCELLED.asRuntimeException());
                    }
                    return true;
                }

                @Override
                public Block next() {
                    served++;
                    return blocks.next();
                }

                @Override
                public void close() {
                    closed = true;
                    closedStreams++;
                }
            };
        }
    }
}
