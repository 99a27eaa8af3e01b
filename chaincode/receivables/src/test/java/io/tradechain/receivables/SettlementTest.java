package io.tradechain.receivables;

import static io.tradechain.receivables.ReceivablesNetwork.A;
import static io.tradechain.receivables.ReceivablesNetwork.B;
import static io.tradechain.receivables.ReceivablesNetwork.C;
import static io.tradechain.receivables.ReceivablesNetwork.LINE;
import static io.tradechain.receivables.ReceivablesNetwork.assertOk;
import static io.tradechain.receivables.ReceivablesNetwork.assertRefused;
import static io.tradechain.receivables.ReceivablesNetwork.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Scenario 4 (settlement to every current holder, in pages; the line restored) and overdue
 * (scenario 16's start).
 */
class SettlementTest {
    private final ReceivablesNetwork net = new ReceivablesNetwork();
    private final String rootId;

    SettlementTest() {
        net.grantLine(100_000_000);
        rootId = net.liveRoot(1_000_000);
        String rest =
                json(assertOk(net.transfer(net.a, rootId, B, 300_000)))
                        .get("remainder")
                        .get("pieceId")
                        .asText();
        assertOk(net.transfer(net.a, rest, C, 200_000));
    }

    @Test
    void scenario4SettlementPaysEveryCurrentHolderPageByPageAndRestoresTheLine() {
        assertRefused(net.submit(net.core, "SettleCertificate", rootId, "2"), "NOT_MATURED");
        net.advanceTo("2026-09-01");
        assertRefused(net.submit(net.a, "SettleCertificate", rootId, "2"), "NOT_THE_DEBTOR");

        JsonNode first = json(assertOk(net.submit(net.core, "SettleCertificate", rootId, "2")));
        assertThat(first.get("paid")).hasSize(2);
        assertThat(first.get("complete").asBoolean()).isFalse();
        assertThat(first.get("root").get("status").asText()).isEqualTo("OUTSTANDING");
        assertThat(net.line().get("used").get("minorUnits").asLong()).isEqualTo(1_000_000);

        JsonNode last = json(assertOk(net.submit(net.core, "SettleCertificate", rootId, "2")));
        assertThat(last.get("paid")).hasSize(1);
        assertThat(last.get("complete").asBoolean()).isTrue();
        assertThat(last.get("root").get("status").asText()).isEqualTo("SETTLED");
        assertThat(last.get("root").get("settled").get("minorUnits").asLong()).isEqualTo(1_000_000);
        assertThat(net.line().get("used").get("minorUnits").asLong()).isZero();

        java.util.Map<String, Long> paid = new java.util.TreeMap<>();
        for (JsonNode page : new JsonNode[] {first, last}) {
            page.get("paid")
                    .forEach(
                            p ->
                                    paid.merge(
                                            p.get("holderCode").asText(),
                                            p.get("amount").get("minorUnits").asLong(),
                                            Long::sum));
        }
        assertThat(paid)
                .containsEntry(A, 500_000L)
                .containsEntry(B, 300_000L)
                .containsEntry(C, 200_000L);
        assertThat(json(assertOk(net.evaluate(net.a, "ListHoldings", A, "", ""))).get("items"))
                .isEmpty();
        assertRefused(
                net.submit(net.core, "SettleCertificate", rootId, "2"), "ROOT_STATE_CONFLICT");
    }

    @Test
    void aMissedMaturityIsOverdueFreezesTheLineAndCanStillBeSettled() {
        net.advanceTo("2026-09-01");
        assertRefused(net.submit(net.bank1, "MarkOverdue", rootId), "NOT_MATURED");
        net.advanceTo("2026-09-02");
        assertRefused(net.submit(net.bank2, "MarkOverdue", rootId), "NOT_THE_FUNDER");
        assertThat(
                        json(assertOk(net.submit(net.bank1, "MarkOverdue", rootId)))
                                .get("status")
                                .asText())
                .isEqualTo("OVERDUE");
        assertThat(net.line().get("status").asText()).isEqualTo("FROZEN");
        assertRefused(net.issue(A, 1_000, "2027-01-01"), "LINE_FROZEN");

        JsonNode settled = json(assertOk(net.submit(net.core, "SettleCertificate", rootId, "100")));
        assertThat(settled.get("root").get("status").asText()).isEqualTo("SETTLED");
        assertOk(net.submit(net.bank1, "UnfreezeCreditLine", LINE));
        assertOk(net.issue(A, 1_000, "2027-01-01"));
    }
}
