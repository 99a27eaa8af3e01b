package io.tradechain.parties;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(JAR.path()).exists();
        ChaincodeJar.Served served = JAR.serve();
        assertThat(served.listening())
                .as("chaincode server listening on %d; output:%n%s", served.port(), served.output())
                .isTrue();
        assertThat(served.aliveAfterwards()).isTrue();
    }

    @Test
    void theJarExplainsAMissingEnvironment() throws Exception {
        ChaincodeJar.Exited exited = JAR.runWithoutEnvironment();
        assertThat(exited.exited()).isTrue();
        assertThat(exited.exitValue()).isEqualTo(2);
        assertThat(exited.output())
                .contains("CHAINCODE_SERVER_ADDRESS")
                .contains("CORE_CHAINCODE_ID_NAME")
                .doesNotContain("Exception");
    }
}
