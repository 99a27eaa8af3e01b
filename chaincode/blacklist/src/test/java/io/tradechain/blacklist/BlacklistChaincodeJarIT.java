package io.tradechain.blacklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradechain.testkit.ChaincodeJar;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged jar as a chaincode-as-a-service container would ({@code java -jar} with the two
 * environment variables) and checks that it listens; without them it must say what is missing and
 * exit 2.
 */
class BlacklistChaincodeJarIT {
    private static final ChaincodeJar JAR = ChaincodeJar.packaged("blacklist");

    @Test
    void theJarServesTheChaincodeWhenTheEnvironmentIsSet() throws Exception {
        JAR.assertServes();
    }

    @Test
    void theJarExplainsAMissingEnvironment() throws Exception {
        JAR.assertExplainsAMissingEnvironment();
    }

    @Test
    void theJarHoldsOnlyTheBlacklistContractAndItsConfiguration() throws Exception {
        assertThat(JAR.entries())
                .contains(
                        "io/tradechain/blacklist/BlacklistContract.class",
                        "io/tradechain/blacklist/collections.json",
                        "config.props")
                .noneMatch(
                        name ->
                                name.startsWith("io/tradechain/blacklistscan/")
                                        || name.startsWith("io/tradechain/blacklistprobe/")
                                        || name.startsWith("io/tradechain/parties/"));
    }

    @Test
    void theClientJarHoldsTheCheckButNoContract() throws Exception {
        Path client =
                Path.of(
                        System.getProperty(
                                "client.jar",
                                "target/chaincode-blacklist-0.1.0-SNAPSHOT-client.jar"));
        try (ZipFile zip = new ZipFile(client.toFile())) {
            assertThat(zip.stream().map(e -> e.getName()).filter(name -> name.endsWith(".class")))
                    .containsExactlyInAnyOrder(
                            "io/tradechain/blacklist/BlacklistCheck.class",
                            "io/tradechain/blacklist/BlacklistStatus.class",
                            "io/tradechain/blacklist/BlacklistErrorCode.class");
        }
    }
}
