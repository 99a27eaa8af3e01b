package io.tradechain.gateway;

import io.quarkus.test.Mock;
import io.tradechain.gateway.ledger.LedgerClock;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * The embedded ledger's clock in tests: the production {@link LedgerClock} (which the sandbox clock
 * endpoint moves), plus a {@link #reset} that puts it back to the system clock, since all tests
 * share one gateway. A test that moves the clock (directly or through the endpoint) must reset it
 * when done.
 */
@Mock
@Singleton
public class MovableLedgerClock extends LedgerClock {

    public void reset() {
        replaceOffset(Duration.ZERO);
    }
}
