package io.tradechain.blacklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradechain.testkit.CollectionConfig;
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

        assertThat(configs).extracting(CollectionConfig::name)
                .containsExactly(BlacklistCollections.DETAILS, BlacklistCollections.APPEALS);
        for (CollectionConfig config : configs) {
            assertThat(config.memberMspIds()).containsExactlyInAnyOrder("Bank1MSP", "Bank2MSP", "RegulatorMSP");
            // every other member organisation's peer (the regulator's among them) holds the data before endorsement
            assertThat(config.requiredPeerCount()).isEqualTo(config.memberMspIds().size() - 1);
            assertThat(config.maxPeerCount()).isEqualTo(config.requiredPeerCount());
            assertThat(config.blockToLive()).isZero();
            assertThat(config.memberOnlyRead()).isTrue();
        }
        assertThat(configs.get(0).memberOnlyWrite()).isTrue();
        assertThat(configs.get(1).memberOnlyWrite()).as("the appellant is not a member").isFalse();
    }

    @Test
    void theJarCarriesTheSameFile() throws Exception {
        try (var in = BlacklistCollections.class.getResourceAsStream(BlacklistCollections.RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(FILE));
        }
    }
}
