package io.tradechain.blacklist;

import static io.tradechain.blacklist.BlacklistNetwork.CORE_CO;
import static io.tradechain.blacklist.BlacklistNetwork.assertOk;
import static io.tradechain.blacklist.BlacklistNetwork.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.ledger.TxResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shim's key history of a report shows every change, newest first. */
class ReportHistoryTest {
    private final BlacklistNetwork net = new BlacklistNetwork();

    @Test
    void everyChangeIsInTheHistory() {
        List<String> txIds = new ArrayList<>();
        String reportId = net.reported(net.bank1, CORE_CO, "LOAN_DEFAULT");
        txIds.add(reportId);
        net.clock.advance(Duration.ofDays(1));
        txIds.add(assertOk(net.appeal(net.coreCoTreasurer, reportId, "Repaid")).txId());
        net.clock.advance(Duration.ofDays(1));
        txIds.add(assertOk(net.rejectAppeal(net.bank1, reportId, "Not received")).txId());
        net.clock.advance(Duration.ofDays(1));
        TxResult delisting = assertOk(net.delist(net.bank1, reportId, "Received"));
        txIds.add(delisting.txId());

        JsonNode history = net.query(net.regulator, "GetReportHistory", reportId);

        assertThat(history).hasSize(4);
        List<String> newestFirst = new ArrayList<>(txIds);
        java.util.Collections.reverse(newestFirst);
        assertThat(history)
                .extracting(h -> h.get("txId").asText())
                .containsExactlyElementsOf(newestFirst);
        assertThat(history)
                .extracting(h -> h.get("value").get("lastAction").asText())
                .containsExactly("DELISTED", "APPEAL_REJECTED", "APPEALED", "REPORTED");
        assertThat(history)
                .extracting(h -> h.get("value").get("status").asText())
                .containsExactly("DELISTED", "ACTIVE", "APPEALED", "ACTIVE");
        assertThat(history)
                .extracting(h -> h.get("value").get("version").asLong())
                .containsExactly(4L, 3L, 2L, 1L);
        assertThat(history.get(0).get("timestamp").asText()).isEqualTo("2026-03-04T08:30:00Z");
        assertThat(history.get(0).get("value").get("reportedAt").asText())
                .isEqualTo("2026-03-01T08:30:00Z");
        assertThat(history).allSatisfy(h -> assertThat(h.get("deleted").asBoolean()).isFalse());

        JsonNode notes = net.query(net.bank2, "GetReportDetails", reportId).get("notes");
        assertThat(notes)
                .extracting(n -> n.get("txId").asText())
                .containsExactlyElementsOf(txIds.subList(1, 4));
    }

    @Test
    void theHistoryOfAnUnknownReportIsNotFound() {
        assertRefused(
                net.evaluate(net.bank1, "GetReportHistory", "b".repeat(64)), "REPORT_NOT_FOUND");
        assertRefused(net.evaluate(net.bank1, "GetReportHistory", "../etc"), "INVALID_ARGUMENT");
    }
}
