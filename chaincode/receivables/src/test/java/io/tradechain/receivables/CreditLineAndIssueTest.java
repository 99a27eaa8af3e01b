package io.tradechain.receivables;

import static io.tradechain.receivables.ReceivablesNetwork.A;
import static io.tradechain.receivables.ReceivablesNetwork.CORE;
import static io.tradechain.receivables.ReceivablesNetwork.LINE;
import static io.tradechain.receivables.ReceivablesNetwork.UNREGISTERED;
import static io.tradechain.receivables.ReceivablesNetwork.assertOk;
import static io.tradechain.receivables.ReceivablesNetwork.assertRefused;
import static io.tradechain.receivables.ReceivablesNetwork.json;
import static io.tradechain.receivables.ReceivablesNetwork.money;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Scenario 1 of docs/domain.md and the rules of credit lines, issue, acceptance, rejection and
 * cancellation.
 */
class CreditLineAndIssueTest {
    private final ReceivablesNetwork net = new ReceivablesNetwork();

    @Test
    void scenario1BankGrantsALineCoreIssuesSupplierAccepts() {
        net.grantLine(100_000_000);
        JsonNode root = json(assertOk(net.issue(A, 60_000_000, "2026-09-01")));
        assertThat(root.get("status").asText()).isEqualTo("PENDING");
        assertThat(net.line().get("used").get("minorUnits").asLong()).isEqualTo(60_000_000);

        String rootId = root.get("rootId").asText();
        JsonNode accepted = json(assertOk(net.submit(net.a, "AcceptCertificate", rootId)));
        assertThat(accepted.get("status").asText()).isEqualTo("OUTSTANDING");
        JsonNode holdings = json(assertOk(net.evaluate(net.a, "ListHoldings", A, "", "")));
        assertThat(holdings.get("items")).hasSize(1);
        assertThat(holdings.get("items").get(0).get("amount").get("minorUnits").asLong())
                .isEqualTo(60_000_000);
        assertRefused(net.submit(net.a, "AcceptCertificate", rootId), "PIECE_NOT_PENDING");
    }

    @Test
    void theLineIsNeverExceeded() {
        net.grantLine(100_000_000);
        assertOk(net.issue(A, 60_000_000, "2026-09-01"));
        assertRefused(net.issue(A, 40_000_001, "2026-09-01"), "CREDIT_LINE_EXCEEDED");
        assertOk(net.issue(A, 40_000_000, "2026-09-01"));
        assertRefused(net.issue(A, 1, "2026-09-01"), "CREDIT_LINE_EXCEEDED");
        assertRefused(
                net.submit(net.bank1, "AdjustCreditLine", LINE, money(99_999_999)),
                "CREDIT_LINE_EXCEEDED");
        assertOk(net.submit(net.bank1, "AdjustCreditLine", LINE, money(150_000_000)));
        assertOk(net.issue(A, 50_000_000, "2026-09-01"));
    }

    @Test
    void maturityIsAfterTodayAndAtMostOneYearAhead() {
        net.grantLine(100_000_000);
        assertRefused(net.issue(A, 1_000, "2026-03-02"), "MATURITY_OUT_OF_RANGE");
        assertRefused(net.issue(A, 1_000, "2027-03-03"), "MATURITY_OUT_OF_RANGE");
        assertOk(net.issue(A, 1_000, "2027-03-02"));
        assertRefused(net.issue(A, 1_000, "2027-02-30"), "INVALID_ARGUMENT");
    }

    @Test
    void onlyTheDebtorIssuesToARegisteredSupplierInTheLinesCurrency() {
        net.grantLine(100_000_000);
        assertRefused(
                net.submit(
                        net.a,
                        "IssueCertificate",
                        ReceivablesNetwork.issueRequest(A, 1_000, "2026-09-01")),
                "NOT_THE_DEBTOR");
        assertRefused(
                net.submit(
                        net.regulator,
                        "IssueCertificate",
                        ReceivablesNetwork.issueRequest(A, 1_000, "2026-09-01")),
                "READ_ONLY_ORGANISATION");
        assertRefused(net.issue(UNREGISTERED, 1_000, "2026-09-01"), "PARTY_NOT_FOUND");
        assertRefused(net.issue(CORE, 1_000, "2026-09-01"), "SELF_TRANSFER");
        assertRefused(net.issue(A, 0, "2026-09-01"), "INVALID_ARGUMENT");
        assertRefused(net.issue(A, -5, "2026-09-01"), "INVALID_ARGUMENT");
        String usd = ReceivablesNetwork.issueRequest(A, 1_000, "2026-09-01").replace("CNY", "USD");
        assertRefused(net.submit(net.core, "IssueCertificate", usd), "CURRENCY_MISMATCH");
        assertRefused(
                net.submit(net.core, "IssueCertificate", "{\"lineId\":\"x\""), "INVALID_ARGUMENT");
        assertThat(net.line().get("used").get("minorUnits").asLong()).isZero();
    }

    @Test
    void aCertificateNeedsTheAuthenticInvoiceOfItsTradeCoveringItsAmount() {
        net.grantLine(100_000_000_000L);
        java.util.Map<String, Object> altered =
                new java.util.LinkedHashMap<>(ReceivablesNetwork.DEFAULT_INVOICE);
        altered.put("issueDate", "2026-02-27");
        assertRefused(
                net.issueAgainst(altered, net.defaultInvoiceId, A, 1_000, "2026-09-01"),
                "INVOICE_NOT_AUTHENTIC");
        assertRefused(
                net.issueAgainst(
                        ReceivablesNetwork.DEFAULT_INVOICE, "e".repeat(64), A, 1_000, "2026-09-01"),
                "INVOICE_MISMATCH");
        assertRefused(
                net.issueAgainst(
                        ReceivablesNetwork.DEFAULT_INVOICE,
                        net.defaultInvoiceId,
                        ReceivablesNetwork.B,
                        1_000,
                        "2026-09-01"),
                "INVOICE_MISMATCH");
        assertRefused(net.issue(A, 11_300_000_001L, "2026-09-01"), "AMOUNT_EXCEEDS_INVOICE");
        assertRefused(
                net.submit(
                        net.core,
                        "IssueCertificate",
                        ReceivablesNetwork.issueRequest(
                                A, 1_000, "2026-09-01", net.defaultInvoiceId)),
                "MISSING_TRANSIENT");
        assertOk(net.issue(A, 11_300_000_000L, "2026-09-01"));
    }

    @Test
    void aFrozenOrEndedLineIssuesNothing() {
        net.grantLine(100_000_000);
        assertOk(net.submit(net.bank1, "FreezeCreditLine", LINE));
        assertRefused(net.issue(A, 1_000, "2026-09-01"), "LINE_FROZEN");
        assertRefused(net.submit(net.bank1, "FreezeCreditLine", LINE), "STATE_CONFLICT");
        assertRefused(net.submit(net.bank2, "UnfreezeCreditLine", LINE), "NOT_THE_FUNDER");
        assertOk(net.submit(net.bank1, "UnfreezeCreditLine", LINE));
        assertOk(net.issue(A, 1_000, "2026-09-01"));
        net.advanceTo("2027-03-02");
        assertRefused(net.issue(A, 1_000, "2027-09-01"), "LINE_EXPIRED");
    }

    @Test
    void linesAreForRegisteredCoreEnterprisesByBanksOncePerBank() {
        assertRefused(
                net.submit(net.core, "GrantCreditLine", CORE, money(1), "2027-01-01"),
                "WRONG_ORGANISATION");
        assertRefused(
                net.submit(net.regulator, "GrantCreditLine", CORE, money(1), "2027-01-01"),
                "READ_ONLY_ORGANISATION");
        assertRefused(
                net.submit(net.bank1, "GrantCreditLine", A, money(1), "2027-01-01"),
                "INVALID_ARGUMENT");
        assertRefused(
                net.submit(net.bank1, "GrantCreditLine", UNREGISTERED, money(1), "2027-01-01"),
                "PARTY_NOT_FOUND");
        assertRefused(
                net.submit(net.bank1, "GrantCreditLine", CORE, money(1), "2026-03-02"),
                "INVALID_ARGUMENT");
        assertRefused(
                net.submit(net.bank1, "GrantCreditLine", CORE, money(0), "2027-01-01"),
                "INVALID_ARGUMENT");
        net.grantLine(1_000);
        assertRefused(
                net.submit(net.bank1, "GrantCreditLine", CORE, money(5), "2027-01-01"),
                "LINE_ALREADY_EXISTS");
        assertOk(net.submit(net.bank2, "GrantCreditLine", CORE, money(5), "2027-01-01"));
        assertRefused(net.submit(net.bank2, "AdjustCreditLine", LINE, money(5)), "NOT_THE_FUNDER");
        assertRefused(net.evaluate(net.a, "GetCreditLine", LINE), "ACCESS_DENIED");
        assertOk(net.evaluate(net.core, "GetCreditLine", LINE));
        assertOk(net.evaluate(net.regulator, "GetCreditLine", LINE));
    }

    @Test
    void rejectionAndCancellationGiveTheLineBack() {
        net.grantLine(100_000_000);
        String first =
                json(assertOk(net.issue(A, 30_000_000, "2026-09-01"))).get("rootId").asText();
        String second =
                json(assertOk(net.issue(A, 20_000_000, "2026-09-01"))).get("rootId").asText();
        assertRefused(net.submit(net.b, "RejectCertificate", first), "NOT_THE_HOLDER");
        assertThat(
                        json(assertOk(net.submit(net.a, "RejectCertificate", first)))
                                .get("status")
                                .asText())
                .isEqualTo("REJECTED");
        assertRefused(net.submit(net.a, "CancelCertificate", second), "NOT_THE_DEBTOR");
        assertThat(
                        json(assertOk(net.submit(net.core, "CancelCertificate", second)))
                                .get("status")
                                .asText())
                .isEqualTo("CANCELLED");
        assertThat(net.line().get("used").get("minorUnits").asLong()).isZero();
        assertRefused(net.submit(net.a, "AcceptCertificate", first), "PIECE_NOT_PENDING");
    }
}
