package io.tradechain.blacklist;

import static io.tradechain.blacklist.BlacklistNetwork.CORE_CO;
import static io.tradechain.blacklist.BlacklistNetwork.SUPPLIER_A;
import static io.tradechain.blacklist.BlacklistNetwork.assertOk;
import static io.tradechain.blacklist.BlacklistNetwork.reportInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.ledger.Endorsement;
import io.tradechain.ledger.TxResult;
import io.tradechain.ledger.ValidationCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Several banks reporting one party: each report keeps its own id and lifecycle; listed while one
 * is in force.
 */
class MultipleReportersTest {
    private final BlacklistNetwork net = new BlacklistNetwork();

    @Test
    void twoBanksReportingOnePartyAreKeptApart() {
        String byBank1 = net.reported(net.bank1, CORE_CO, "LOAN_DEFAULT");
        String byBank2 = net.reported(net.bank2, CORE_CO, "FORGED_DOCUMENTS");

        assertThat(byBank1).isNotEqualTo(byBank2);
        JsonNode listing = net.query(net.regulator, "GetListing", CORE_CO);
        assertThat(listing.get("status").asText()).isEqualTo("LISTED");
        assertThat(listing.get("activeReports").asInt()).isEqualTo(2);
        assertThat(listing.get("categories"))
                .extracting(JsonNode::asText)
                .containsExactly("FORGED_DOCUMENTS", "LOAN_DEFAULT");
        assertThat(listing.get("reports"))
                .extracting(
                        r ->
                                r.get("reportId").asText()
                                        + "@"
                                        + r.get("reporterMsp").asText()
                                        + ":"
                                        + r.get("status").asText())
                .containsExactly(byBank1 + "@Bank1MSP:ACTIVE", byBank2 + "@Bank2MSP:ACTIVE");

        JsonNode details1 = net.query(net.bank2, "GetReportDetails", byBank1).get("details");
        JsonNode details2 = net.query(net.bank2, "GetReportDetails", byBank2).get("details");
        assertThat(details1.get("reporterMsp").asText()).isEqualTo("Bank1MSP");
        assertThat(details2.get("reporterMsp").asText()).isEqualTo("Bank2MSP");
        assertThat(details1.get("category").asText()).isEqualTo("LOAN_DEFAULT");
        assertThat(details2.get("category").asText()).isEqualTo("FORGED_DOCUMENTS");
    }

    @Test
    void onePartyStaysListedUntilEveryReporterHasDelisted() {
        String byBank1 = net.reported(net.bank1, CORE_CO, "LOAN_DEFAULT");
        String byBank2 = net.reported(net.bank2, CORE_CO, "FRAUD");

        assertOk(net.delist(net.bank1, byBank1, "Loan repaid in full on 2026-02-28"));

        JsonNode afterOne = net.check(CORE_CO);
        assertThat(afterOne.get("listed").asBoolean()).isTrue();
        assertThat(afterOne.get("activeReports").asInt()).isEqualTo(1);
        assertThat(afterOne.get("categories"))
                .extracting(JsonNode::asText)
                .containsExactly("FRAUD");
        JsonNode report2 = net.query(net.bank1, "GetReportDetails", byBank2).get("report");
        assertThat(report2.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(report2.get("version").asLong()).isEqualTo(1);

        assertOk(net.delist(net.bank2, byBank2, "Fraud allegation withdrawn after investigation"));

        JsonNode afterBoth = net.check(CORE_CO);
        assertThat(afterBoth.get("listed").asBoolean()).isFalse();
        assertThat(afterBoth.get("activeReports").asInt()).isZero();
        assertThat(afterBoth.get("categories")).isEmpty();
        assertThat(net.query(net.bank1, "GetListing", CORE_CO).get("status").asText())
                .isEqualTo("DELISTED");
    }

    @Test
    void reportsOnOtherPartiesDoNotTouchEachOther() {
        net.reported(net.bank1, CORE_CO, "LOAN_DEFAULT");
        net.reported(net.bank1, SUPPLIER_A, "FRAUD");

        assertThat(net.check(CORE_CO).get("categories"))
                .extracting(JsonNode::asText)
                .containsExactly("LOAN_DEFAULT");
        assertThat(net.check(SUPPLIER_A).get("categories"))
                .extracting(JsonNode::asText)
                .containsExactly("FRAUD");
        assertThat(net.check(BlacklistNetwork.SUPPLIER_B).get("listed").asBoolean()).isFalse();
    }

    @Test
    void twoBanksReportingOnePartyInOneBlockConflictAndTheSecondIsRetried() {
        Endorsement bank1 =
                net.endorse(net.reportInvocation(net.bank1, reportInput(CORE_CO, "FRAUD")));
        Endorsement bank2 =
                net.endorse(net.reportInvocation(net.bank2, reportInput(CORE_CO, "LOAN_DEFAULT")));

        List<TxResult> results = net.ledger.commit(bank1, bank2);

        assertThat(results)
                .extracting(TxResult::validationCode)
                .containsExactly(ValidationCode.VALID, ValidationCode.MVCC_READ_CONFLICT);
        assertOk(net.report(net.bank2, reportInput(CORE_CO, "LOAN_DEFAULT")));
        assertThat(net.check(CORE_CO).get("activeReports").asInt()).isEqualTo(2);
    }
}
