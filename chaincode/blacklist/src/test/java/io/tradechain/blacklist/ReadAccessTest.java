package io.tradechain.blacklist;

import static io.tradechain.blacklist.BlacklistNetwork.CORE_CO;
import static io.tradechain.blacklist.BlacklistNetwork.SUPPLIER_A;
import static io.tradechain.blacklist.BlacklistNetwork.SUPPLIER_B;
import static io.tradechain.blacklist.BlacklistNetwork.TAX_BUREAU;
import static io.tradechain.blacklist.BlacklistNetwork.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.ErrorKind;
import io.tradechain.ledger.Identity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who reads what: banks and the regulator everything; anyone else only the listing of its own
 * party.
 */
class ReadAccessTest {
    private final BlacklistNetwork net = new BlacklistNetwork();
    private String reportId;

    @BeforeEach
    void coreCoIsReported() {
        reportId = net.reported(net.bank1, CORE_CO, "LOAN_DEFAULT");
    }

    @Test
    void everyBankAndTheRegulatorReadTheDetails() {
        for (Identity reader : new Identity[] {net.bank1, net.bank2, net.regulator}) {
            JsonNode view = net.query(reader, "GetReportDetails", reportId);
            assertThat(view.get("details").get("creditCode").asText()).isEqualTo(CORE_CO);
            assertThat(view.get("report").get("reportId").asText()).isEqualTo(reportId);
        }
    }

    @Test
    void enterprisesCannotReadTheDetailsNotEvenTheirOwn() {
        var error =
                assertRefused(
                        net.evaluate(net.coreCoTreasurer, "GetReportDetails", reportId),
                        "ACCESS_DENIED");
        assertThat(error.kind()).isEqualTo(ErrorKind.FORBIDDEN);
        assertRefused(
                net.evaluate(net.supplierAClerk, "GetReportDetails", reportId), "ACCESS_DENIED");
        assertRefused(net.evaluate(net.taxOfficer, "GetReportDetails", reportId), "ACCESS_DENIED");
    }

    @Test
    void theReportedPartyReadsItsOwnListingToFindTheReportIds() {
        JsonNode listing = net.query(net.coreCoTreasurer, "GetListing", CORE_CO);
        assertThat(listing.get("reports").get(0).get("reportId").asText()).isEqualTo(reportId);
        assertThat(listing.get("reports").get(0).get("reporterMsp").asText()).isEqualTo("Bank1MSP");

        JsonNode check = net.query(net.coreCoTreasurer, "CheckParty", CORE_CO);
        assertThat(check.get("listed").asBoolean()).isTrue();
    }

    @Test
    void enterprisesAndTheAuthorityCheckOnlyTheirOwnCode() {
        assertRefused(net.evaluate(net.supplierAClerk, "CheckParty", CORE_CO), "ACCESS_DENIED");
        assertRefused(net.evaluate(net.supplierAClerk, "GetListing", CORE_CO), "ACCESS_DENIED");
        assertRefused(net.evaluate(net.taxOfficer, "CheckParty", CORE_CO), "ACCESS_DENIED");
        assertThat(net.query(net.taxOfficer, "CheckParty", TAX_BUREAU).get("listed").asBoolean())
                .isFalse();
        assertThat(
                        net.query(net.supplierAClerk, "CheckParty", SUPPLIER_A)
                                .get("listed")
                                .asBoolean())
                .isFalse();
    }

    @Test
    void anUnboundIdentityChecksNothing() {
        assertRefused(
                net.evaluate(net.unboundCorpClerk, "CheckParty", CORE_CO), "CALLER_NOT_BOUND");
        assertRefused(net.evaluate(net.corpAdmin, "GetListing", CORE_CO), "CALLER_NOT_BOUND");
    }

    @Test
    void banksAndTheRegulatorCheckAnyCode() {
        for (Identity reader : new Identity[] {net.bank1, net.bank2, net.regulator}) {
            assertThat(net.query(reader, "CheckParty", CORE_CO).get("listed").asBoolean()).isTrue();
            assertThat(net.query(reader, "CheckParty", SUPPLIER_B).toString())
                    .isEqualTo("{\"activeReports\":0,\"categories\":[],\"listed\":false}");
        }
    }

    @Test
    void aCodeNoBankReportedHasNoListing() {
        assertThat(
                        assertRefused(
                                        net.evaluate(net.bank2, "GetListing", SUPPLIER_B),
                                        "LISTING_NOT_FOUND")
                                .kind())
                .isEqualTo(ErrorKind.NOT_FOUND);
        assertRefused(
                net.evaluate(net.bank2, "GetListing", "91310000MA1FL0C0R9"), "INVALID_CREDIT_CODE");
        assertRefused(net.evaluate(net.bank2, "CheckParty", "nonsense"), "INVALID_CREDIT_CODE");
    }

    @Test
    void theListOfListingsIsForBanksAndTheRegulator() {
        assertThat(net.query(net.regulator, "ListListings", "", "", "").get("items")).hasSize(1);
        assertRefused(
                net.evaluate(net.coreCoTreasurer, "ListListings", "", "", ""), "ACCESS_DENIED");
        assertRefused(net.evaluate(net.taxOfficer, "ListListings", "", "", ""), "ACCESS_DENIED");
    }

    @Test
    void historiesAreForBanksAndTheRegulator() {
        assertThat(net.query(net.bank2, "GetReportHistory", reportId)).hasSize(1);
        assertRefused(
                net.evaluate(net.coreCoTreasurer, "GetReportHistory", reportId), "ACCESS_DENIED");
    }

    @Test
    void readsAreEvaluationsAndCommitNothing() {
        long height = net.ledger.height();
        int events = net.ledger.eventCount();

        net.query(net.bank2, "CheckParty", CORE_CO);
        net.query(net.bank2, "GetListing", CORE_CO);
        net.query(net.regulator, "GetReportDetails", reportId);

        assertThat(net.ledger.height()).isEqualTo(height);
        assertThat(net.ledger.eventCount()).isEqualTo(events);
    }
}
