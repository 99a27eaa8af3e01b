package io.tradechain.verification;

import static io.tradechain.verification.VerificationNetwork.assertOk;
import static io.tradechain.verification.VerificationNetwork.json;
import static io.tradechain.verification.VerificationNetwork.typed;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.CanonicalJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo documents in fixtures/documents.json are all accepted by the authority's registration
 * and verify.
 */
class FixtureDocumentsTest {
    private static final Path FIXTURE = Path.of("..", "..", "fixtures", "documents.json");

    @Test
    void everyFixtureDocumentRegistersAndVerifiesAsAuthentic() throws Exception {
        Map<String, List<Map<String, Object>>> fixture =
                CanonicalJson.mapper()
                        .readValue(Files.readString(FIXTURE), new TypeReference<>() {});
        VerificationNetwork net = new VerificationNetwork();
        net.clock.set(Instant.parse("2026-11-20T01:00:00Z"));
        List<Map<String, Object>> all = new ArrayList<>();
        for (Map<String, Object> invoice : fixture.get("invoices")) {
            assertOk(net.registerInvoice(net.taxOfficer, invoice));
            all.add(typed("INVOICE", invoice));
        }
        for (Map<String, Object> declaration : fixture.get("declarations")) {
            assertOk(net.registerDeclaration(net.taxOfficer, declaration));
            all.add(typed("CUSTOMS_DECLARATION", declaration));
        }
        assertThat(fixture.get("invoices")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(fixture.get("declarations")).hasSizeGreaterThanOrEqualTo(3);
        JsonNode answer = json(assertOk(net.verify(net.bank1, all)));
        assertThat(answer.get("authentic").asInt()).isEqualTo(all.size());
    }
}
