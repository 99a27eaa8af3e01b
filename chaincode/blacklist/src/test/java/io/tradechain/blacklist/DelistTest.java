package io.tradechain.blacklist;

import static io.tradechain.blacklist.BlacklistNetwork.CORE_CO;
import static io.tradechain.blacklist.BlacklistNetwork.assertOk;
import static io.tradechain.blacklist.BlacklistNetwork.assertRefused;
import static io.tradechain.blacklist.BlacklistNetwork.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.ErrorKind;
import io.tradechain.ledger.TxResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Delisting: by the reporting bank only, with a reason; the regulator reads but cannot delist. */
class DelistTest {
    private final BlacklistNetwork net = new BlacklistNetwork();
    private String reportId;

    @BeforeEach
    void coreCoIsReportedByBank1() {
        reportId = net.reported(net.bank1, CORE_CO, "LOAN_DEFAULT");
    }

    @Test
    void theReportingBankDelistsWithAReason() {
        TxResult result =
                assertOk(net.delist(net.bank1Other, reportId, "Repaid in full on 2026-02-28"));

        JsonNode report = json(result);
        assertThat(report.get("status").asText()).isEqualTo("DELISTED");
        assertThat(report.get("lastAction").asText()).isEqualTo("DELISTED");
        assertThat(report.get("updatedTxId").asText()).isEqualTo(result.txId());
        assertThat(result.payloadAsString()).doesNotContain("Repaid in full");
        assertThat(result.event().orElseThrow().eventName()).isEqualTo("blacklist.ReportDelisted");
        assertThat(net.check(CORE_CO).get("listed").asBoolean()).isFalse();

        JsonNode note = net.query(net.regulator, "GetReportDetails", reportId).get("notes").get(0);
        assertThat(note.get("action").asText()).isEqualTo("DELISTED");
        assertThat(note.get("reason").asText()).isEqualTo("Repaid in full on 2026-02-28");
        assertThat(note.get("actorId").asText()).isEqualTo(net.bank1Other.clientId());
        assertThat(note.has("actorCreditCode")).isFalse();
    }

    @Test
    void aBankCannotDelistAnotherBanksReport() {
        var error =
                assertRefused(
                        net.delist(net.bank2, reportId, "We think it is fine"), "NOT_THE_REPORTER");
        assertThat(error.kind()).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(net.check(CORE_CO).get("listed").asBoolean()).isTrue();
    }

    @Test
    void theRegulatorCannotDelist() {
        assertThat(
                        assertRefused(
                                        net.delist(net.regulator, reportId, "Instructed"),
                                        "READ_ONLY_ORGANISATION")
                                .kind())
                .isEqualTo(ErrorKind.FORBIDDEN);
    }

    @Test
    void neitherTheReportedPartyNorTheAuthorityCanDelist() {
        assertRefused(net.delist(net.coreCoTreasurer, reportId, "We paid"), "WRONG_ORGANISATION");
        assertRefused(
                net.delist(net.taxOfficer, reportId, "On the regulator's instruction"),
                "WRONG_ORGANISATION");
    }

    @Test
    void delistingNeedsAReason() {
        assertRefused(net.delist(net.bank1, reportId, ""), "INVALID_ARGUMENT");
        assertRefused(net.delist(net.bank1, reportId, "x".repeat(1001)), "INVALID_ARGUMENT");
        assertThat(net.check(CORE_CO).get("listed").asBoolean()).isTrue();
    }

    @Test
    void aDelistedReportCannotBeDelistedAgain() {
        assertOk(net.delist(net.bank1, reportId, "Repaid"));
        assertThat(
                        assertRefused(
                                        net.delist(net.bank1, reportId, "Again"),
                                        "REPORT_ALREADY_DELISTED")
                                .kind())
                .isEqualTo(ErrorKind.CONFLICT);
    }

    @Test
    void anUnknownReportIsNotFound() {
        assertThat(
                        assertRefused(
                                        net.delist(net.bank1, "a".repeat(64), "?"),
                                        "REPORT_NOT_FOUND")
                                .kind())
                .isEqualTo(ErrorKind.NOT_FOUND);
    }
}
