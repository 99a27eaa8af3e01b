package io.tradechain.parties;

import io.tradechain.testkit.ChaincodeJar;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged jar as a peer's chaincode-as-a-service container would: {@code java -jar} with
 * the two environment variables, and checks that it listens; without them it must say what is
 * missing.
 */
class PartiesChaincodeJarIT {
    private static final ChaincodeJar JAR = ChaincodeJar.packaged("parties");

    @Test
    void theJarServesTheChaincodeWhenTheEnvironmentIsSet() throws Exception {
        JAR.assertServes();
    }

    @Test
    void theJarExplainsAMissingEnvironment() throws Exception {
        JAR.assertExplainsAMissingEnvironment();
    }
}
