package io.tradechain.gateway.events.relay;

import io.tradechain.gateway.events.EventView;
import java.io.IOException;

/**
 * Where the relay delivers events. A delivery either succeeds or throws; the relay retries what
 * threw.
 */
@FunctionalInterface
public interface EventSink {
    /**
     * Hands one event over.
     *
     * @throws IOException when the receiver did not take it (unreachable, refused, timed out)
     */
    void deliver(EventView event) throws IOException;
}
