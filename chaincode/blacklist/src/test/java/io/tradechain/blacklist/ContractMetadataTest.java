package io.tradechain.blacklist;

import static io.tradechain.blacklist.BlacklistNetwork.assertOk;
import static io.tradechain.blacklist.BlacklistNetwork.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.ledger.TxResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractMetadataTest {
    private final BlacklistNetwork net = new BlacklistNetwork();

    @Test
    void theMetadataBuildsAndListsEveryFunction() {
        JsonNode metadata =
                BlacklistNetwork.json(
                        assertOk(net.evaluate(net.bank1, "org.hyperledger.fabric:GetMetadata")));
        JsonNode transactions = metadata.get("contracts").get("blacklist").get("transactions");
        List<String> names = new ArrayList<>();
        transactions.forEach(t -> names.add(t.get("name").asText()));
        assertThat(names)
                .containsExactlyInAnyOrder(
                        "ReportParty",
                        "Appeal",
                        "RejectAppeal",
                        "Delist",
                        "CheckParty",
                        "CheckParties",
                        "GetListing",
                        "ListListings",
                        "GetReportDetails",
                        "GetReportHistory");
    }

    @Test
    void anUnknownFunctionIsRefusedClearly() {
        TxResult result = net.evaluate(net.bank1, "DeleteEverything");
        assertRefused(result, "INVALID_ARGUMENT");
        assertThat(result.message()).contains("DeleteEverything");
    }
}
