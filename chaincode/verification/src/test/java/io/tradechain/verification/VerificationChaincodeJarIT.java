package io.tradechain.verification;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradechain.testkit.ChaincodeJar;
import org.junit.jupiter.api.Test;

/**
 * The self-contained jar a chaincode-as-a-service container runs: its contents, and that it serves.
 */
class VerificationChaincodeJarIT {
    private static final ChaincodeJar JAR = ChaincodeJar.packaged("verification");

    @Test
    void theJarHoldsTheContractItsCollectionsAndTheBlacklistCheckButNotTheBlacklist()
            throws Exception {
        assertThat(JAR.entries())
                .contains(
                        "io/tradechain/verification/VerificationContract.class",
                        "io/tradechain/verification/collections.json",
                        "io/tradechain/blacklist/BlacklistCheck.class")
                .doesNotContain("io/tradechain/blacklist/BlacklistContract.class")
                .noneMatch(n -> n.startsWith("io/tradechain/parties/"));
    }

    @Test
    void theJarListensWhenTheEnvironmentIsSet() throws Exception {
        JAR.assertServes();
    }
}
