package io.tradechain.gateway.ledger.fabric;

import io.tradechain.gateway.ledger.Backoff;
import io.tradechain.gateway.ledger.LedgerEvent;
import java.time.Duration;
import java.util.function.Consumer;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.protos.common.Block;
import org.jboss.logging.Logger;

/**
 * A block event stream that outlives its peer connection. Fabric's event iterators end for good
 * when the peer restarts or the connection drops; this one remembers the position after the last
 * event it delivered (its checkpoint) and opens a new stream from that block, with a growing pause,
 * until it is closed. No event is delivered twice or skipped across a reconnection.
 */
final class SupervisedBlockEvents implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SupervisedBlockEvents.class);

    /** Opens a block event stream at a block number. */
    @FunctionalInterface
    interface Opener {
        CloseableIterator<Block> open(long startBlock);
    }

    private final Opener opener;
    private final Consumer<LedgerEvent> consumer;
    private final String peer;
    private final Backoff backoff;
    private final Thread reader;
    private volatile boolean open = true;
    private volatile long nextPosition;
    private volatile CloseableIterator<Block> current;
    private volatile int reconnections;

    SupervisedBlockEvents(
            Opener opener,
            long fromPosition,
            Consumer<LedgerEvent> consumer,
            String peer,
            Duration firstBackoff,
            Duration maxBackoff) {
        this.opener = opener;
        this.nextPosition = Math.max(0, fromPosition);
        this.consumer = consumer;
        this.peer = peer;
        this.backoff = new Backoff(firstBackoff, maxBackoff);
        this.reader = new Thread(this::run, "fabric-block-events");
        this.reader.setDaemon(true);
    }

    SupervisedBlockEvents start() {
        reader.start();
        return this;
    }

    /** Position of the next event to deliver. */
    long nextPosition() {
        return nextPosition;
    }

    /** How often the stream was opened again after it broke. */
    int reconnections() {
        return reconnections;
    }

    private void run() {
        while (open) {
            long startBlock = nextPosition / FabricBlocks.BLOCK_SPAN;
            String ended;
            try {
                CloseableIterator<Block> blocks = opener.open(startBlock);
                current = blocks;
                if (!open) {
                    blocks.close();
                    return;
                }
                while (blocks.hasNext()) {
                    if (!deliver(blocks.next())) {
                        return;
                    }
                    if (backoff.grown()) {
                        LOG.infof(
                                "block event stream from peer %s delivers again (block %d)",
                                peer, nextPosition / FabricBlocks.BLOCK_SPAN - 1);
                        backoff.reset();
                    }
                }
                ended = "the stream ended";
            } catch (RuntimeException e) {
                ended = e.getMessage();
            }
            if (!open) {
                return;
            }
            LOG.warnf(
                    "block event stream from peer %s broke at block %d (%s); opening it again in %d ms",
                    peer, nextPosition / FabricBlocks.BLOCK_SPAN, ended, backoff.next().toMillis());
            if (!backoff.pause()) {
                return;
            }
            reconnections++;
        }
    }

    /**
     * Hands the block's new events to the consumer; false when the consumer failed and the stream
     * stops.
     */
    private boolean deliver(Block block) {
        for (LedgerEvent event : FabricBlocks.events(block)) {
            if (event.position() < nextPosition) {
                continue;
            }
            try {
                consumer.accept(event);
            } catch (RuntimeException e) {
                LOG.errorf(
                        e,
                        "an event consumer failed at position %d; its stream stops",
                        event.position());
                open = false;
                return false;
            }
            nextPosition = event.position() + 1;
        }
        nextPosition =
                Math.max(nextPosition, FabricBlocks.position(block.getHeader().getNumber() + 1, 0));
        return true;
    }

    @Override
    public void close() {
        open = false;
        backoff.cancel();
        CloseableIterator<Block> blocks = current;
        if (blocks != null) {
            blocks.close();
        }
    }
}
