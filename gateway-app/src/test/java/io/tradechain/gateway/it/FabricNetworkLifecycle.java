package io.tradechain.gateway.it;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real network around one IT class, registered as {@code @RegisterExtension static final
 * FabricNetworkLifecycle NETWORK = new FabricNetworkLifecycle(probe)}: before the class, skips it
 * where no network can be brought up, else brings the network up unless the gateway at the probe
 * already answers; after the class, takes it down only if it brought it up.
 */
final class FabricNetworkLifecycle implements BeforeAllCallback, AfterAllCallback {
    private final String readyProbe;
    private final boolean mayBringUp;
    private boolean startedHere;

    /** The network of {@code scripts/network.sh}, brought up when its gateways do not answer. */
    FabricNetworkLifecycle(String readyProbe) {
        this(readyProbe, true);
    }

    /**
     * @param mayBringUp false when the tests are pointed at gateways of someone else's network:
     *     they must answer, and nothing is brought up or down
     */
    FabricNetworkLifecycle(String readyProbe, boolean mayBringUp) {
        this.readyProbe = readyProbe;
        this.mayBringUp = mayBringUp;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!mayBringUp && !FabricTestNetwork.ready(readyProbe)) {
            throw new IllegalStateException(
                    "no gateway answers on "
                            + readyProbe
                            + "; scripts/network.sh up starts them on 8081-8085");
        }
        startedHere = FabricTestNetwork.upOrSkip(readyProbe);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (startedHere) {
            FabricTestNetwork.run("down");
        }
    }
}
