package io.tradechain.blacklist;

import static io.tradechain.blacklist.BlacklistNetwork.CORE_CO;
import static io.tradechain.blacklist.BlacklistNetwork.EVIDENCE;
import static io.tradechain.blacklist.BlacklistNetwork.TODAY;
import static io.tradechain.blacklist.BlacklistNetwork.assertOk;
import static io.tradechain.blacklist.BlacklistNetwork.assertRefused;
import static io.tradechain.blacklist.BlacklistNetwork.json;
import static io.tradechain.blacklist.BlacklistNetwork.reportInput;
import static io.tradechain.blacklist.BlacklistNetwork.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.ChaincodeEventPayload;
import io.tradechain.chaincode.common.ErrorKind;
import io.tradechain.chaincode.common.Hashes;
import io.tradechain.ledger.Endorsement;
import io.tradechain.ledger.Identity;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import io.tradechain.ledger.ValidationCode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportPartyTest {
    private final BlacklistNetwork net = new BlacklistNetwork();

    @Test
    void aBankReportsAPartyAndItIsListed() {
        TxResult result = assertOk(net.report(net.bank1, reportInput(CORE_CO, "LOAN_DEFAULT")));

        JsonNode report = json(result);
        assertThat(report.get("reportId").asText()).isEqualTo(result.txId());
        assertThat(report.get("codeHash").asText()).isEqualTo(Hashes.sha256Hex(CORE_CO));
        assertThat(report.get("category").asText()).isEqualTo("LOAN_DEFAULT");
        assertThat(report.get("reporterMsp").asText()).isEqualTo("Bank1MSP");
        assertThat(report.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(report.get("version").asLong()).isEqualTo(1);
        assertThat(report.get("lastAction").asText()).isEqualTo("REPORTED");
        assertThat(result.validationCode()).isEqualTo(ValidationCode.VALID);

        JsonNode check = net.check(CORE_CO);
        assertThat(check.get("listed").asBoolean()).isTrue();
        assertThat(check.get("activeReports").asInt()).isEqualTo(1);
        assertThat(check.get("categories"))
                .extracting(JsonNode::asText)
                .containsExactly("LOAN_DEFAULT");

        JsonNode listing = net.query(net.bank2, "GetListing", CORE_CO);
        assertThat(listing.get("status").asText()).isEqualTo("LISTED");
        assertThat(listing.get("creditCode").asText()).isEqualTo(CORE_CO);
        assertThat(listing.get("reports")).hasSize(1);
        assertThat(listing.get("reports").get(0).get("reportId").asText()).isEqualTo(result.txId());
        assertThat(listing.toString())
                .as("the listing carries no details")
                .doesNotContain("Working-capital")
                .doesNotContain(EVIDENCE)
                .doesNotContain("120000000");
    }

    @Test
    void theSubmitAnswerAndArgumentsHoldNoPrivateValue() {
        TxResult result = assertOk(net.report(net.bank1, reportInput(CORE_CO, "LOAN_DEFAULT")));

        assertThat(result.payloadAsString())
                .doesNotContain(CORE_CO)
                .doesNotContain("Working-capital")
                .doesNotContain(EVIDENCE)
                .doesNotContain("120000000")
                .doesNotContain("2026-02-27");
        assertThat(result.header().args()).isEmpty();
    }

    @Test
    void theDetailsAreStoredPrivately() {
        String reportId = net.reported(net.bank1, CORE_CO, "LOAN_DEFAULT");

        JsonNode details = net.query(net.regulator, "GetReportDetails", reportId).get("details");
        assertThat(details.get("creditCode").asText()).isEqualTo(CORE_CO);
        assertThat(details.get("reason").asText()).startsWith("Working-capital loan");
        assertThat(details.get("evidenceHash").asText()).isEqualTo(EVIDENCE);
        assertThat(details.get("amountInDefault").get("currency").asText()).isEqualTo("CNY");
        assertThat(details.get("amountInDefault").get("minorUnits").asLong())
                .isEqualTo(120_000_000L);
        assertThat(details.get("reportDate").asText()).isEqualTo("2026-02-27");
        assertThat(details.get("reporterMsp").asText()).isEqualTo("Bank1MSP");
        assertThat(details.get("reporterId").asText()).isEqualTo(net.bank1.clientId());
    }

    @Test
    void reportingEmitsOneEventWithoutTheCode() {
        TxResult result = assertOk(net.report(net.bank1, reportInput(CORE_CO, "FRAUD")));

        var event = result.event().orElseThrow();
        assertThat(event.eventName()).isEqualTo("blacklist.PartyReported");
        ChaincodeEventPayload payload = ChaincodeEventPayload.parse(event.payload());
        assertThat(payload.ids())
                .containsEntry("reportId", result.txId())
                .containsEntry("codeHash", Hashes.sha256Hex(CORE_CO))
                .containsEntry("category", "FRAUD")
                .containsEntry("reporterMsp", "Bank1MSP")
                .containsEntry("listingStatus", "LISTED");
        assertThat(new String(event.payload(), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain(CORE_CO);
    }

    @Test
    void aLowerCaseCodeWithSpacesIsTheSameParty() {
        net.reported(net.bank1, " " + CORE_CO.toLowerCase() + " ", "FRAUD");

        assertThat(net.check(CORE_CO).get("listed").asBoolean()).isTrue();
        assertRefused(
                net.report(net.bank1, reportInput(CORE_CO, "OTHER")), "DUPLICATE_ACTIVE_REPORT");
    }

    @Test
    void anEnterpriseCannotReport() {
        assertThat(
                        assertRefused(
                                        net.report(
                                                net.coreCoTreasurer,
                                                reportInput(BlacklistNetwork.SUPPLIER_A, "FRAUD")),
                                        "WRONG_ORGANISATION")
                                .kind())
                .isEqualTo(ErrorKind.FORBIDDEN);
        assertRefused(
                net.report(net.corpAdmin, reportInput(BlacklistNetwork.SUPPLIER_A, "FRAUD")),
                "WRONG_ORGANISATION");
    }

    @Test
    void theAuthorityCannotReport() {
        assertThat(
                        assertRefused(
                                        net.report(
                                                net.taxOfficer,
                                                reportInput(CORE_CO, "FORGED_DOCUMENTS")),
                                        "WRONG_ORGANISATION")
                                .kind())
                .isEqualTo(ErrorKind.FORBIDDEN);
    }

    @Test
    void theRegulatorCannotReport() {
        assertThat(
                        assertRefused(
                                        net.report(net.regulator, reportInput(CORE_CO, "FRAUD")),
                                        "READ_ONLY_ORGANISATION")
                                .kind())
                .isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(net.check(CORE_CO).get("listed").asBoolean()).isFalse();
    }

    @ParameterizedTest(name = "credit code ''{0}'' is refused")
    @ValueSource(
            strings = {"91310000MA1FL0C0R9", "91310000MA1FL0C0R", "91310000MA1FLOC0R8", "", "  "})
    void anInvalidCreditCodeIsRefused(String code) {
        assertThat(
                        assertRefused(
                                        net.report(net.bank1, reportInput(code, "FRAUD")),
                                        "INVALID_CREDIT_CODE")
                                .kind())
                .isEqualTo(ErrorKind.VALIDATION);
    }

    @Test
    void aReportDateAfterTheTransactionDateIsRefused() {
        var error =
                assertRefused(
                        net.report(
                                net.bank1,
                                with(reportInput(CORE_CO, "FRAUD"), "reportDate", "2026-03-02")),
                        "DATE_IN_FUTURE");
        assertThat(error.kind()).isEqualTo(ErrorKind.BUSINESS_RULE);
        assertThat(error.details()).containsEntry("field", "reportDate");
    }

    @Test
    void theDateRuleFollowsTheTransactionTimestampNotTheWallClock() {
        assertOk(net.report(net.bank1, with(reportInput(CORE_CO, "FRAUD"), "reportDate", TODAY)));

        net.clock.advance(Duration.ofDays(400));
        assertOk(
                net.report(
                        net.bank2,
                        with(reportInput(CORE_CO, "FRAUD"), "reportDate", "2027-04-05")));
    }

    @ParameterizedTest(name = "report date ''{0}'' is refused")
    @ValueSource(strings = {"2026-02-30", "26-02-01", "2026/02/01", "yesterday", ""})
    void aMalformedReportDateIsRefused(String date) {
        assertRefused(
                net.report(net.bank1, with(reportInput(CORE_CO, "FRAUD"), "reportDate", date)),
                "INVALID_ARGUMENT");
    }

    @ParameterizedTest(name = "amount {0} is refused")
    @ValueSource(longs = {0, -1, -120_000_000L})
    void aZeroOrNegativeAmountIsRefused(long minorUnits) {
        var error =
                assertRefused(
                        net.report(
                                net.bank1,
                                with(
                                        reportInput(CORE_CO, "LOAN_DEFAULT"),
                                        "amountInDefault",
                                        Map.of("currency", "CNY", "minorUnits", minorUnits))),
                        "INVALID_ARGUMENT");
        assertThat(error.details()).containsEntry("field", "amountInDefault");
    }

    @Test
    void aFloatingPointAmountIsRefused() {
        String input =
                BlacklistNetwork.json(reportInput(CORE_CO, "LOAN_DEFAULT"))
                        .replace("\"minorUnits\":120000000", "\"minorUnits\":1200000.5");
        assertRefused(net.reportRaw(net.bank1, input), "INVALID_ARGUMENT");
    }

    @Test
    void anUnsupportedCurrencyIsRefused() {
        assertRefused(
                net.report(
                        net.bank1,
                        with(
                                reportInput(CORE_CO, "LOAN_DEFAULT"),
                                "amountInDefault",
                                Map.of("currency", "XXX", "minorUnits", 100))),
                "UNSUPPORTED_CURRENCY");
    }

    @Test
    void aMissingAmountIsRefused() {
        Map<String, Object> input = reportInput(CORE_CO, "LOAN_DEFAULT");
        input.remove("amountInDefault");
        assertRefused(net.report(net.bank1, input), "INVALID_ARGUMENT");
    }

    @ParameterizedTest(name = "evidence hash ''{0}'' is refused")
    @ValueSource(
            strings = {
                "abc",
                "3B1F0C6A9D2E4F5A6B7C8D9E0F1A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C",
                ""
            })
    void aMalformedEvidenceHashIsRefused(String hash) {
        assertRefused(
                net.report(net.bank1, with(reportInput(CORE_CO, "FRAUD"), "evidenceHash", hash)),
                "INVALID_ARGUMENT");
    }

    @Test
    void anUnknownCategoryIsRefusedWithTheAllowedOnes() {
        TxResult result = net.report(net.bank1, reportInput(CORE_CO, "BAD_MOOD"));
        assertRefused(result, "INVALID_ARGUMENT");
        assertThat(result.message()).contains("LOAN_DEFAULT").contains("FORGED_DOCUMENTS");
    }

    @ParameterizedTest(name = "reason ''{0}'' is refused")
    @ValueSource(strings = {"", "  ", "two\nlines"})
    void aBadReasonIsRefused(String reason) {
        assertRefused(
                net.report(net.bank1, with(reportInput(CORE_CO, "FRAUD"), "reason", reason)),
                "INVALID_ARGUMENT");
    }

    @Test
    void aTooLongReasonIsRefused() {
        assertRefused(
                net.report(
                        net.bank1, with(reportInput(CORE_CO, "FRAUD"), "reason", "x".repeat(1001))),
                "INVALID_ARGUMENT");
    }

    @Test
    void theReportMustComeInTheTransientMap() {
        TxResult result =
                net.ledger.submit(
                        Invocation.builder(net.bank1, "blacklist", "ReportParty")
                                .endorsingOrganizations(BlacklistNetwork.BANK_PEERS)
                                .build());
        assertThat(assertRefused(result, "MISSING_TRANSIENT").details())
                .containsEntry("field", "report");
    }

    @Test
    void anUnknownFieldInTheReportIsRefused() {
        TxResult result =
                net.report(net.bank1, with(reportInput(CORE_CO, "FRAUD"), "creditcode", CORE_CO));
        assertRefused(result, "INVALID_ARGUMENT");
        assertThat(result.message()).contains("creditcode");
    }

    @Test
    void aBankCannotReportThePartyTwiceWhileItsReportIsInForce() {
        String first = net.reported(net.bank1, CORE_CO, "LOAN_DEFAULT");

        var error =
                assertRefused(
                        net.report(net.bank1Other, reportInput(CORE_CO, "FRAUD")),
                        "DUPLICATE_ACTIVE_REPORT");
        assertThat(error.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(error.details()).containsEntry("reportId", first);
        assertThat(net.check(CORE_CO).get("activeReports").asInt()).isEqualTo(1);
    }

    @Test
    void aReportUnderAppealIsStillInForceForTheDuplicateRule() {
        String first = net.reported(net.bank1, CORE_CO, "LOAN_DEFAULT");
        assertOk(net.appeal(net.coreCoTreasurer, first, "The loan was repaid on 2026-02-28"));

        assertRefused(
                net.report(net.bank1, reportInput(CORE_CO, "FRAUD")), "DUPLICATE_ACTIVE_REPORT");
    }

    @Test
    void afterDelistingTheSameBankMayReportAgainUnderANewId() {
        String first = net.reported(net.bank1, CORE_CO, "LOAN_DEFAULT");
        assertOk(net.delist(net.bank1, first, "Repaid in full"));

        String second = net.reported(net.bank1, CORE_CO, "OVERDUE_ACCEPTANCE");

        assertThat(second).isNotEqualTo(first);
        JsonNode listing = net.query(net.bank1, "GetListing", CORE_CO);
        assertThat(listing.get("reports")).hasSize(2);
        assertThat(listing.get("categories"))
                .extracting(JsonNode::asText)
                .containsExactly("OVERDUE_ACCEPTANCE");
        assertThat(listing.get("version").asLong()).isEqualTo(3);
    }

    @Test
    void twoConcurrentReportsOfOneBankOnOnePartyCommitOnce() {
        Endorsement first =
                net.endorse(net.reportInvocation(net.bank1, reportInput(CORE_CO, "FRAUD")));
        Endorsement second =
                net.endorse(net.reportInvocation(net.bank1Other, reportInput(CORE_CO, "OTHER")));
        assertThat(first.isSuccess()).isTrue();
        assertThat(second.isSuccess()).isTrue();

        List<TxResult> results = net.ledger.commit(first, second);

        assertThat(results)
                .extracting(TxResult::validationCode)
                .containsExactly(ValidationCode.VALID, ValidationCode.MVCC_READ_CONFLICT);
        assertThat(net.check(CORE_CO).get("activeReports").asInt()).isEqualTo(1);
    }

    @Test
    void aBankThatJoinsLaterIsABankButMustBeAddedToTheCollection() {
        Identity bank3 = net.ledger.msp("Bank3MSP").client("bank3-officer");
        TxResult result =
                net.ledger.submit(net.reportInvocation(bank3, reportInput(CORE_CO, "FRAUD")));
        // Passes the chaincode's bank rule, then the peer refuses its write to a collection it is
        // not a member of
        // (memberOnlyWrite): a new bank joins the collection policy by a chaincode definition
        // update.
        assertThat(result.isEndorsed()).isFalse();
        assertThat(result.status()).isEqualTo(500);
        assertThat(net.check(CORE_CO).get("listed").asBoolean()).isFalse();
    }
}
