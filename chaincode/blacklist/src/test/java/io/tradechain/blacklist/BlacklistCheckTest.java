package io.tradechain.blacklist;

import static io.tradechain.blacklist.BlacklistNetwork.CORE_CO;
import static io.tradechain.blacklist.BlacklistNetwork.SUPPLIER_A;
import static io.tradechain.blacklist.BlacklistNetwork.assertOk;
import static io.tradechain.blacklist.BlacklistNetwork.assertRefused;
import static io.tradechain.blacklist.BlacklistNetwork.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradechain.chaincode.common.ErrorInfo;
import io.tradechain.chaincode.common.ErrorKind;
import io.tradechain.ledger.Endorsement;
import io.tradechain.ledger.Identity;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import io.tradechain.ledger.ValidationCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link BlacklistCheck} as another chaincode uses it: the probe chaincode calls the blacklist by
 * invokeChaincode.
 */
class BlacklistCheckTest {
    private final BlacklistNetwork net = new BlacklistNetwork();

    private TxResult finance(Identity who, String code) {
        return net.ledger.submit(Invocation.of(who, "probe", "Finance", code));
    }

    @Test
    void aPartyNoBankReportedPasses() {
        assertThat(assertOk(finance(net.bank1, CORE_CO)).payloadAsString()).isEqualTo("financed");
    }

    @Test
    void aListedPartyIsRefusedWithPartyBlacklisted() {
        net.reported(net.bank2, CORE_CO, "OVERDUE_ACCEPTANCE");

        ErrorInfo error = assertRefused(finance(net.bank1, CORE_CO), "PARTY_BLACKLISTED");

        assertThat(error.kind()).isEqualTo(ErrorKind.BUSINESS_RULE);
        assertThat(error.details())
                .containsEntry("creditCode", CORE_CO)
                .containsEntry("activeReports", "1")
                .containsEntry("categories", "OVERDUE_ACCEPTANCE");
        assertOk(finance(net.bank1, SUPPLIER_A));
    }

    @Test
    void aPartyUnderAppealIsStillRefused() {
        String reportId = net.reported(net.bank1, CORE_CO, "LOAN_DEFAULT");
        assertOk(net.appeal(net.coreCoTreasurer, reportId, "Repaid"));

        assertRefused(finance(net.bank1, CORE_CO), "PARTY_BLACKLISTED");
    }

    @Test
    void aDelistedPartyPassesAgain() {
        String reportId = net.reported(net.bank1, CORE_CO, "LOAN_DEFAULT");
        assertRefused(finance(net.bank1, CORE_CO), "PARTY_BLACKLISTED");

        assertOk(net.delist(net.bank1, reportId, "Repaid in full"));

        assertOk(finance(net.bank1, CORE_CO));
    }

    @Test
    void theHelperReadsTheStatus() {
        net.reported(net.bank1, CORE_CO, "FRAUD");
        net.reported(net.bank2, CORE_CO, "FORGED_DOCUMENTS");

        var status =
                json(
                        assertOk(
                                net.ledger.evaluate(
                                        Invocation.of(net.regulator, "probe", "Status", CORE_CO))));

        assertThat(status.get("listed").asBoolean()).isTrue();
        assertThat(status.get("activeReports").asInt()).isEqualTo(2);
        assertThat(status.get("categories").toString())
                .isEqualTo("[\"FORGED_DOCUMENTS\",\"FRAUD\"]");
    }

    @Test
    void theBlacklistsRefusalsKeepTheirCode() {
        assertRefused(finance(net.bank1, "91310000MA1FL0C0R9"), "INVALID_CREDIT_CODE");
        // An enterprise's transaction may check only its own party.
        assertRefused(finance(net.coreCoTreasurer, SUPPLIER_A), "ACCESS_DENIED");
        assertOk(finance(net.coreCoTreasurer, CORE_CO));
    }

    @Test
    void aReportCommittedAfterTheCheckInvalidatesTheFinancing() {
        Endorsement financing = net.endorse(Invocation.of(net.bank1, "probe", "Finance", CORE_CO));
        assertThat(financing.isSuccess()).isTrue();
        net.reported(net.bank2, CORE_CO, "FRAUD");

        List<TxResult> results = net.ledger.commit(financing);

        assertThat(results.get(0).validationCode()).isEqualTo(ValidationCode.MVCC_READ_CONFLICT);
    }

    @Test
    void severalPartiesAreCheckedInOneCallAndTheFirstListedOneIsNamed() {
        assertThat(
                        assertOk(
                                        net.ledger.submit(
                                                Invocation.of(
                                                        net.bank1,
                                                        "probe",
                                                        "FinanceBetween",
                                                        CORE_CO,
                                                        SUPPLIER_A)))
                                .payloadAsString())
                .isEqualTo("financed");
        net.reported(net.bank2, SUPPLIER_A, "LOAN_DEFAULT");
        ErrorInfo refused =
                assertRefused(
                        net.ledger.submit(
                                Invocation.of(
                                        net.bank1, "probe", "FinanceBetween", CORE_CO, SUPPLIER_A)),
                        "PARTY_BLACKLISTED");
        assertThat(refused.details()).containsEntry("creditCode", SUPPLIER_A);
        net.reported(net.bank2, CORE_CO, "LOAN_DEFAULT");
        assertThat(
                        assertRefused(
                                        net.ledger.submit(
                                                Invocation.of(
                                                        net.bank1,
                                                        "probe",
                                                        "FinanceBetween",
                                                        CORE_CO,
                                                        SUPPLIER_A)),
                                        "PARTY_BLACKLISTED")
                                .details())
                .containsEntry("creditCode", CORE_CO);
        assertRefused(
                net.ledger.evaluate(Invocation.of(net.bank1, "blacklist", "CheckParties", "[]")),
                "INVALID_ARGUMENT");
        assertRefused(
                net.ledger.evaluate(
                        Invocation.of(
                                net.bank1,
                                "blacklist",
                                "CheckParties",
                                "["
                                        + String.join(
                                                ",",
                                                java.util.Collections.nCopies(
                                                        11, "\"" + CORE_CO + "\""))
                                        + "]")),
                "INVALID_ARGUMENT");
    }
}
