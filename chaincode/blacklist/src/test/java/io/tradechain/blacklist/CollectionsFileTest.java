package io.tradechain.blacklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradechain.ledger.CollectionConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** collections.json is Fabric's format, the testkit reads it, and the jar ships the same file. */
class CollectionsFileTest {
    private static final Path FILE = Path.of("collections.json");

    @Test
    void theFileDefinesBothCollectionsForBanksAndTheRegulator() {
        List<CollectionConfig> configs = CollectionConfig.parse(FILE);

        assertThat(configs)
                .extracting(CollectionConfig::name)
                .containsExactly(BlacklistCollections.DETAILS, BlacklistCollections.APPEALS);
        for (CollectionConfig config : configs) {
            assertThat(config.memberMspIds())
                    .containsExactlyInAnyOrder("Bank1MSP", "Bank2MSP", "RegulatorMSP");
            // one other member's peer holds the data before endorsement (a write survives the
            // endorser's loss), the
            // endorser offers it to every other member, and a member's peer that is down stops
            // nobody's business
            assertThat(config.requiredPeerCount()).isEqualTo(1);
            assertThat(config.maxPeerCount()).isEqualTo(config.memberMspIds().size() - 1);
            assertThat(config.blockToLive()).isZero();
            assertThat(config.memberOnlyRead()).isTrue();
        }
        assertThat(configs.get(0).memberOnlyWrite()).isTrue();
        assertThat(configs.get(1).memberOnlyWrite()).as("the appellant is not a member").isFalse();
    }

    @Test
    void theJarCarriesTheSameFile() throws Exception {
        try (var in =
                BlacklistCollections.class.getResourceAsStream(BlacklistCollections.RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(FILE));
        }
    }
}
