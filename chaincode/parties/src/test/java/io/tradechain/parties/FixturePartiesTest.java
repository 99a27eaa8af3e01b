package io.tradechain.parties;

import static io.tradechain.parties.PartyLedger.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.CanonicalJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The demo parties in fixtures/ are all acceptable to the registry, each registered by its own
 * organisation.
 */
class FixturePartiesTest {
    private static final Path FIXTURE = Path.of("..", "..", "fixtures", "parties.json");

    @Test
    void everyFixturePartyRegisters() throws Exception {
        assertThat(FIXTURE).exists();
        JsonNode parties = CanonicalJson.mapper().readTree(Files.readAllBytes(FIXTURE));
        PartyLedger net = new PartyLedger();

        for (JsonNode party : parties) {
            var admin = net.ledger.msp(party.get("mspId").asText()).admin("fixture-admin");
            assertOk(
                    net.register(
                            admin,
                            party.get("creditCode").asText(),
                            party.get("name").asText(),
                            PartyKind.valueOf(party.get("kind").asText())));
        }

        JsonNode listed =
                CanonicalJson.mapper()
                        .readTree(
                                assertOk(
                                                net.evaluate(
                                                        net.regulatorClerk,
                                                        "ListParties",
                                                        "",
                                                        "200",
                                                        ""))
                                        .payload());
        assertThat(listed.get("items")).hasSize(parties.size());
    }

    /**
     * The parties of the banks that join a running network ({@code scripts/network.sh add-org},
     * fixtures/join/&lt;org&gt;/parties.json) register too, each by its own organisation.
     */
    @Test
    void everyJoiningOrganisationsPartyRegisters() throws Exception {
        List<Path> files;
        try (Stream<Path> dirs = Files.list(FIXTURE.resolveSibling("join"))) {
            files = dirs.map(dir -> dir.resolve("parties.json")).filter(Files::exists).toList();
        }
        assertThat(files).isNotEmpty();
        PartyLedger net = new PartyLedger();
        for (Path file : files) {
            for (JsonNode party : CanonicalJson.mapper().readTree(Files.readAllBytes(file))) {
                var admin = net.ledger.msp(party.get("mspId").asText()).admin("fixture-admin");
                assertOk(
                        net.register(
                                admin,
                                party.get("creditCode").asText(),
                                party.get("name").asText(),
                                PartyKind.valueOf(party.get("kind").asText())));
            }
        }
    }
}
