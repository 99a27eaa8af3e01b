package io.tradechain.blacklist;

import static io.tradechain.blacklist.BlacklistNetwork.CORE_CO;
import static io.tradechain.blacklist.BlacklistNetwork.assertOk;
import static io.tradechain.blacklist.BlacklistNetwork.assertRefused;
import static io.tradechain.blacklist.BlacklistNetwork.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.ErrorKind;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reported party appeals; the reporting bank rejects the appeal or delists. */
class AppealTest {
    private final BlacklistNetwork net = new BlacklistNetwork();
    private String reportId;

    @BeforeEach
    void coreCoIsReportedByBank1() {
        reportId = net.reported(net.bank1, CORE_CO, "LOAN_DEFAULT");
    }

    @Test
    void theReportedPartyAppealsAndTheReportIsUnderAppeal() {
        TxResult result =
                assertOk(
                        net.appeal(
                                net.coreCoTreasurer,
                                reportId,
                                "Repaid on 2026-02-28, receipt BR-17"));

        JsonNode report = json(result);
        assertThat(report.get("status").asText()).isEqualTo("APPEALED");
        assertThat(report.get("lastAction").asText()).isEqualTo("APPEALED");
        assertThat(report.get("appeals").asInt()).isEqualTo(1);
        assertThat(report.get("version").asLong()).isEqualTo(2);
        assertThat(result.payloadAsString()).doesNotContain("BR-17");
        assertThat(result.event().orElseThrow().eventName()).isEqualTo("blacklist.ReportAppealed");

        JsonNode listing = net.query(net.bank2, "GetListing", CORE_CO);
        assertThat(listing.get("status").asText()).isEqualTo("APPEALED");
        assertThat(net.check(CORE_CO).get("listed").asBoolean())
                .as("an appeal does not lift the listing")
                .isTrue();
    }

    @Test
    void banksAndTheRegulatorReadTheAppealReason() {
        assertOk(net.appeal(net.coreCoTreasurer, reportId, "Repaid on 2026-02-28, receipt BR-17"));

        for (var reader :
                new io.tradechain.ledger.Identity[] {net.bank1, net.bank2, net.regulator}) {
            JsonNode notes = net.query(reader, "GetReportDetails", reportId).get("notes");
            assertThat(notes).hasSize(1);
            assertThat(notes.get(0).get("action").asText()).isEqualTo("APPEALED");
            assertThat(notes.get(0).get("reason").asText())
                    .isEqualTo("Repaid on 2026-02-28, receipt BR-17");
            assertThat(notes.get(0).get("actorCreditCode").asText()).isEqualTo(CORE_CO);
            assertThat(notes.get(0).get("actorMsp").asText()).isEqualTo("CorpMSP");
        }
    }

    @Test
    void anotherEnterpriseCannotAppeal() {
        var error =
                assertRefused(
                        net.appeal(net.supplierAClerk, reportId, "Not us"),
                        "NOT_THE_REPORTED_PARTY");
        assertThat(error.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    }

    @Test
    void anIdentityBoundToNoPartyCannotAppeal() {
        assertRefused(net.appeal(net.unboundCorpClerk, reportId, "Let me"), "CALLER_NOT_BOUND");
        assertRefused(net.appeal(net.corpAdmin, reportId, "Admin, not bound"), "CALLER_NOT_BOUND");
    }

    @Test
    void theRegulatorCannotAppeal() {
        assertRefused(net.appeal(net.regulator, reportId, "On behalf"), "READ_ONLY_ORGANISATION");
    }

    @Test
    void aReportUnderAppealCannotBeAppealedAgain() {
        assertOk(net.appeal(net.coreCoTreasurer, reportId, "Repaid"));
        assertThat(
                        assertRefused(
                                        net.appeal(net.coreCoTreasurer, reportId, "Again"),
                                        "REPORT_ALREADY_APPEALED")
                                .kind())
                .isEqualTo(ErrorKind.CONFLICT);
    }

    @Test
    void theAppealNeedsAReasonInTheTransientMap() {
        assertRefused(net.appeal(net.coreCoTreasurer, reportId, " "), "INVALID_ARGUMENT");
        TxResult noTransient =
                net.ledger.submit(
                        Invocation.builder(net.coreCoTreasurer, "blacklist", "Appeal")
                                .args(reportId)
                                .endorsingOrganizations(BlacklistNetwork.BANK_PEERS)
                                .build());
        assertRefused(noTransient, "MISSING_TRANSIENT");
    }

    @Test
    void anUnknownOrMalformedReportIdIsRefused() {
        assertRefused(net.appeal(net.coreCoTreasurer, "0".repeat(64), "?"), "REPORT_NOT_FOUND");
        assertRefused(net.appeal(net.coreCoTreasurer, "not-a-report", "?"), "INVALID_ARGUMENT");
    }

    @Test
    void theReporterRejectsTheAppealAndTheReportIsActiveAgain() {
        assertOk(net.appeal(net.coreCoTreasurer, reportId, "Repaid"));

        JsonNode report =
                json(assertOk(net.rejectAppeal(net.bank1, reportId, "No repayment received")));

        assertThat(report.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(report.get("lastAction").asText()).isEqualTo("APPEAL_REJECTED");
        assertThat(net.query(net.bank1, "GetListing", CORE_CO).get("status").asText())
                .isEqualTo("LISTED");
        JsonNode notes = net.query(net.regulator, "GetReportDetails", reportId).get("notes");
        assertThat(notes)
                .extracting(n -> n.get("action").asText())
                .containsExactly("APPEALED", "APPEAL_REJECTED");
        assertThat(notes.get(1).get("reason").asText()).isEqualTo("No repayment received");
        // After a rejection the party may appeal again.
        assertOk(net.appeal(net.coreCoTreasurer, reportId, "Repaid, second receipt"));
    }

    @Test
    void onlyTheReporterRejectsAnAppeal() {
        assertOk(net.appeal(net.coreCoTreasurer, reportId, "Repaid"));

        assertRefused(net.rejectAppeal(net.bank2, reportId, "Not mine"), "NOT_THE_REPORTER");
        assertRefused(
                net.rejectAppeal(net.regulator, reportId, "Regulator"), "READ_ONLY_ORGANISATION");
        assertRefused(
                net.rejectAppeal(net.coreCoTreasurer, reportId, "Self"), "WRONG_ORGANISATION");
    }

    @Test
    void rejectingWithoutAPendingAppealIsAConflict() {
        assertRefused(
                net.rejectAppeal(net.bank1, reportId, "Nothing to reject"), "REPORT_NOT_APPEALED");
    }

    @Test
    void theReporterMayDelistAReportUnderAppeal() {
        assertOk(net.appeal(net.coreCoTreasurer, reportId, "Repaid"));

        assertOk(net.delist(net.bank1, reportId, "Appeal upheld: repayment confirmed"));

        assertThat(net.check(CORE_CO).get("listed").asBoolean()).isFalse();
        assertRefused(
                net.appeal(net.coreCoTreasurer, reportId, "Again"), "REPORT_ALREADY_DELISTED");
        assertRefused(net.rejectAppeal(net.bank1, reportId, "Too late"), "REPORT_ALREADY_DELISTED");
    }
}
