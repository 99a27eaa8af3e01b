package io.tradechain.letterofcredit;

import static io.tradechain.letterofcredit.LcNetwork.A;
import static io.tradechain.letterofcredit.LcNetwork.AMOUNT;
import static io.tradechain.letterofcredit.LcNetwork.CORE;
import static io.tradechain.letterofcredit.LcNetwork.assertOk;
import static io.tradechain.letterofcredit.LcNetwork.assertRefused;
import static io.tradechain.letterofcredit.LcNetwork.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.ledger.TxResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules of section 3 of docs/domain.md beyond the state table: who, how much, when, what is
 * private.
 */
class LcLifecycleTest {
    private final LcNetwork net = new LcNetwork();

    @Test
    void scenario7FromApplicationToCloseWithOneDiscrepantPresentationWaived() {
        String lcId = net.applied(90);
        assertOk(net.submit(net.bank1, "Issue", lcId));
        assertOk(net.submit(net.bank2, "Advise", lcId));
        int first = net.presented(lcId, 60_000_000L);
        assertOk(net.submit(net.bank1, "ReceiveDocuments", lcId, first));
        assertOk(
                net.examine(
                        lcId,
                        first,
                        "bill of lading dated 2026-03-20, after the latest shipment date"));
        assertThat(net.presentation(lcId, first).get("status").asText()).isEqualTo("DISCREPANT");
        assertOk(net.submit(net.core, "WaiveDiscrepancies", lcId, first));
        assertOk(net.submit(net.bank1, "AcceptPresentation", lcId, first));
        JsonNode accepted = net.presentation(lcId, first);
        assertThat(accepted.get("maturityDate").asText())
                .isEqualTo("2026-05-31"); // 2026-03-02 + 90 days
        int second =
                net.presented(
                        lcId, 43_000_000L); // 103% of the amount in all: within the 5% tolerance
        assertOk(net.submit(net.bank1, "ReceiveDocuments", lcId, second));
        assertOk(net.examine(lcId, second));
        assertOk(net.submit(net.bank1, "AcceptPresentation", lcId, second));
        net.advanceTo("2026-05-31");
        assertOk(net.submit(net.bank1, "Pay", lcId, first));
        assertThat(net.lc(lcId).get("status").asText())
                .as("one presentation still open")
                .isEqualTo("ADVISED");
        assertOk(net.submit(net.bank1, "Pay", lcId, second));
        assertThat(net.lc(lcId).get("status").asText()).isEqualTo("USED");
        assertOk(net.submit(net.bank1, "Close", lcId));

        JsonNode terms = net.terms(lcId);
        assertThat(terms.get("paid").get("minorUnits").asLong()).isEqualTo(103_000_000L);
        JsonNode timeline = json(assertOk(net.evaluate(net.regulator, "GetTimeline", lcId)));
        List<String> actions = new ArrayList<>();
        timeline.get("steps").forEach(step -> actions.add(step.get("action").asText()));
        assertThat(actions)
                .containsExactly(
                        "APPLY", "ISSUE", "ADVISE", "PRESENT", "RECEIVE", "EXAMINE", "WAIVE",
                        "ACCEPT", "PRESENT", "RECEIVE", "EXAMINE", "ACCEPT", "PAY", "PAY", "CLOSE");
        JsonNode waive = timeline.get("steps").get(6);
        assertThat(waive.get("actorMsp").asText()).isEqualTo("CorpMSP");
        assertThat(waive.get("actorRole").asText()).isEqualTo("APPLICANT");
        assertThat(waive.get("from").asText()).isEqualTo("DISCREPANT");
        assertThat(waive.get("to").asText()).isEqualTo("COMPLIANT");
        assertThat(waive.get("txId").asText()).hasSize(64);
        assertThat(timeline.get("presentations")).hasSize(2);
    }

    @Test
    void scenario8AnAmendmentRejectedByTheBeneficiaryLeavesTheLcUnchanged() {
        String lcId = net.advised(90);
        JsonNode before = net.terms(lcId);
        assertOk(
                net.propose(
                        lcId,
                        Map.of(
                                "amount",
                                money(80_000_000L),
                                "expiryDate",
                                "2026-05-31",
                                "note",
                                "applicant reduces the order")));
        assertThat(net.lc(lcId).get("pendingAmendment").asInt()).isEqualTo(1);
        assertThat(net.terms(lcId)).as("pending: not in force").isEqualTo(before);
        assertRefused(net.propose(lcId, Map.of("expiryDate", "2026-06-15")), "AMENDMENT_PENDING");
        assertRefused(net.submit(net.core, "RejectAmendment", lcId, "1"), "NOT_ALLOWED_FOR_ROLE");
        assertOk(net.submit(net.a, "RejectAmendment", lcId, "1"));
        assertThat(net.terms(lcId)).isEqualTo(before);
        JsonNode lc = net.lc(lcId);
        assertThat(lc.get("version").asInt()).isEqualTo(1);
        assertThat(lc.has("pendingAmendment")).isFalse();
        assertThat(
                        json(assertOk(net.evaluate(net.regulator, "GetAmendment", lcId, "1")))
                                .get("status")
                                .asText())
                .isEqualTo("REJECTED");
        assertRefused(net.submit(net.a, "AcceptAmendment", lcId, "1"), "NO_PENDING_AMENDMENT");
    }

    @Test
    void anAcceptedAmendmentTakesEffect() {
        String lcId = net.advised(90);
        assertOk(
                net.propose(
                        lcId, Map.of("amount", money(120_000_000L), "expiryDate", "2026-07-31")));
        assertOk(net.submit(net.a, "AcceptAmendment", lcId, "1"));
        JsonNode terms = net.terms(lcId);
        assertThat(terms.get("amount").get("minorUnits").asLong()).isEqualTo(120_000_000L);
        assertThat(terms.get("expiryDate").asText()).isEqualTo("2026-07-31");
        assertThat(terms.get("version").asInt()).isEqualTo(2);
        assertThat(net.lc(lcId).get("version").asInt()).isEqualTo(2);
    }

    @Test
    void anAmendmentCannotGoBelowWhatIsDrawnNorIntoThePast() {
        String lcId = net.advised(90);
        net.presented(lcId, 60_000_000L);
        assertRefused(net.propose(lcId, Map.of("amount", money(50_000_000L))), "AMENDMENT_INVALID");
        assertRefused(net.propose(lcId, Map.of("expiryDate", "2026-03-01")), "AMENDMENT_INVALID");
        assertRefused(net.propose(lcId, Map.of("note", "nothing changes")), "INVALID_ARGUMENT");
        assertRefused(
                net.propose(lcId, Map.of("amount", Map.of("currency", "USD", "minorUnits", 1))),
                "CURRENCY_MISMATCH");
    }

    @Test
    void presentationsDrawUpToTheAmountPlusToleranceAndARefusedOneFreesItsAmount() {
        String lcId = net.advised(90);
        int first = net.presented(lcId, 60_000_000L);
        assertRefused(
                net.present(net.a, lcId, 45_000_001L),
                "AMOUNT_EXCEEDS_LC"); // 105,000,001 > 105,000,000
        assertOk(net.present(net.a, lcId, 45_000_000L));
        assertRefused(net.present(net.a, lcId, 1), "AMOUNT_EXCEEDS_LC");
        assertOk(net.submit(net.bank1, "ReceiveDocuments", lcId, first));
        assertOk(net.examine(lcId, first, "quantity short-shipped"));
        assertOk(net.submit(net.core, "RefuseDocuments", lcId, first));
        assertThat(net.terms(lcId).get("drawn").get("minorUnits").asLong()).isEqualTo(45_000_000L);
        assertOk(net.present(net.a, lcId, 60_000_000L));
    }

    @Test
    void theNominatedBankMayPresentForTheBeneficiaryButNobodyElse() {
        String lcId = net.advised(90);
        assertOk(net.present(net.bank2, lcId, 10_000_000L));
        assertRefused(net.present(net.outsider, lcId, 10_000_000L), "NOT_ALLOWED_FOR_ROLE");
        assertRefused(net.present(net.bank1, lcId, 10_000_000L), "NOT_ALLOWED_FOR_ROLE");
        assertRefused(net.present(net.regulator, lcId, 10_000_000L), "READ_ONLY_ORGANISATION");
    }

    @Test
    void thePresentedInvoiceMustBeAuthenticFromTheBeneficiaryToTheApplicantAndCoverTheAmount() {
        String lcId = net.advised(90);
        Map<String, Object> forged = new LinkedHashMap<>(LcNetwork.invoice());
        forged.put("amount", money(200_000_000L));
        assertRefused(net.present(net.a, lcId, 10_000_000L, forged), "INVOICE_NOT_AUTHENTIC");
        Map<String, Object> reversed = new LinkedHashMap<>(LcNetwork.invoice());
        reversed.put("sellerCode", CORE);
        reversed.put("buyerCode", A);
        assertRefused(net.present(net.a, lcId, 10_000_000L, reversed), "INVOICE_MISMATCH");
        Map<String, Object> small = new LinkedHashMap<>(LcNetwork.invoice());
        small.put("invoiceNumber", "04479002");
        small.put("amount", money(5_000_000L));
        small.put("tax", money(650_000L));
        net.registerInvoice(small);
        assertRefused(net.present(net.a, lcId, 5_650_001L, small), "INVOICE_MISMATCH");
        assertOk(net.present(net.a, lcId, 5_650_000L, small));
    }

    @Test
    void presentationAfterExpiryIsRefusedAndTheLcExpiresOnlyWithNothingOpen() {
        String lcId = net.advised(90);
        int n = net.presented(lcId, 10_000_000L);
        assertRefused(net.submit(net.a, "Expire", lcId), "LC_NOT_EXPIRED");
        net.advanceTo("2026-07-01");
        assertRefused(net.present(net.a, lcId, 10_000_000L), "LC_EXPIRED");
        assertRefused(net.submit(net.a, "Expire", lcId), "PRESENTATIONS_OPEN");
        assertOk(net.submit(net.bank1, "ReceiveDocuments", lcId, n));
        assertOk(net.examine(lcId, n, "invoice unsigned"));
        assertOk(net.submit(net.core, "RefuseDocuments", lcId, n));
        assertOk(net.submit(net.a, "Expire", lcId));
        assertRefused(net.submit(net.outsider, "Close", lcId), "NOT_ALLOWED_FOR_ROLE");
        assertOk(net.submit(net.bank1, "Close", lcId));
        assertThat(net.lc(lcId).get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void cancellationNeedsTheApplicantTheBeneficiaryAndTheIssuingBank() {
        String lcId = net.advised(90);
        assertRefused(net.submit(net.bank2, "ConsentToCancel", lcId), "NOT_ALLOWED_FOR_ROLE");
        assertOk(net.submit(net.core, "ConsentToCancel", lcId));
        assertRefused(net.submit(net.core, "ConsentToCancel", lcId), "ALREADY_CONSENTED");
        assertOk(net.submit(net.bank1, "ConsentToCancel", lcId));
        assertThat(net.lc(lcId).get("status").asText()).isEqualTo("ADVISED");
        assertOk(net.submit(net.a, "ConsentToCancel", lcId));
        JsonNode lc = net.lc(lcId);
        assertThat(lc.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(lc.get("cancelConsents")).hasSize(3);
    }

    @Test
    void scenario10IssuanceIsRefusedForABlacklistedApplicantAndAcceptedAfterDelisting() {
        String lcId = net.applied(90);
        String report = net.blacklist(CORE);
        assertRefused(net.submit(net.bank1, "Issue", lcId), "PARTY_BLACKLISTED");
        assertThat(net.lc(lcId).get("status").asText()).isEqualTo("APPLIED");
        net.delist(report);
        assertOk(net.submit(net.bank1, "Issue", lcId));
        String other = net.applied(0);
        net.blacklist(A);
        assertRefused(net.submit(net.bank1, "Issue", other), "PARTY_BLACKLISTED");
    }

    @Test
    void aNegotiationIsRefusedWhileTheBeneficiaryOrTheApplicantIsBlacklisted() {
        String lcId = net.advised(0);
        int n = net.presented(lcId, 10_000_000L);
        assertOk(net.submit(net.bank1, "ReceiveDocuments", lcId, n));
        assertOk(net.examine(lcId, n));
        String report = net.blacklist(A);
        assertRefused(net.negotiate(lcId, n, 9_900_000L), "PARTY_BLACKLISTED");
        assertThat(net.presentation(lcId, n).get("negotiated").asBoolean()).isFalse();
        net.delist(report);
        String onApplicant = net.blacklist(CORE);
        assertRefused(net.negotiate(lcId, n, 9_900_000L), "PARTY_BLACKLISTED");
        net.delist(onApplicant);
        assertOk(net.negotiate(lcId, n, 9_900_000L));
    }

    @Test
    void onlyTheRightPartyActsAndTheRegulatorNever() {
        String lcId = net.applied(90);
        assertRefused(net.submit(net.bank2, "Issue", lcId), "NOT_ALLOWED_FOR_ROLE");
        assertRefused(net.submit(net.regulator, "Issue", lcId), "READ_ONLY_ORGANISATION");
        assertOk(net.submit(net.bank1, "Issue", lcId));
        assertRefused(net.submit(net.bank1, "Advise", lcId), "NOT_ALLOWED_FOR_ROLE");
        assertOk(net.submit(net.bank2, "Advise", lcId));
        int n = net.presented(lcId, 10_000_000L);
        assertRefused(net.submit(net.bank2, "ReceiveDocuments", lcId, n), "NOT_ALLOWED_FOR_ROLE");
        assertOk(net.submit(net.bank1, "ReceiveDocuments", lcId, n));
        assertOk(net.examine(lcId, n, "late presentation"));
        assertRefused(net.submit(net.a, "WaiveDiscrepancies", lcId, n), "NOT_ALLOWED_FOR_ROLE");
        assertRefused(
                net.submit(net.regulator, "WaiveDiscrepancies", lcId, n), "READ_ONLY_ORGANISATION");
    }

    @Test
    void anApplicationIsCheckedField() {
        Map<String, Object> bad = LcNetwork.application(90);
        bad.put("issuingBankMsp", "CorpMSP");
        assertThat(assertRefused(net.apply(bad), "INVALID_ARGUMENT").details())
                .containsEntry("field", "application.issuingBankMsp");
        bad = LcNetwork.application(90);
        bad.put("beneficiaryCode", CORE);
        assertRefused(net.apply(bad), "INVALID_ARGUMENT");
        bad = LcNetwork.application(90);
        bad.put("beneficiaryCode", LcNetwork.code("91440300MA5G2XU0Y"));
        assertRefused(net.apply(bad), "PARTY_NOT_FOUND");
        bad = LcNetwork.application(90);
        bad.put("tolerancePct", 11);
        assertRefused(net.apply(bad), "INVALID_ARGUMENT");
        bad = LcNetwork.application(400);
        assertRefused(net.apply(bad), "INVALID_ARGUMENT");
        bad = LcNetwork.application(90);
        bad.put("expiryDate", "2026-03-02");
        assertRefused(net.apply(bad), "INVALID_ARGUMENT");
        bad = LcNetwork.application(90);
        bad.put("documentsRequired", List.of());
        assertRefused(net.apply(bad), "INVALID_ARGUMENT");
        bad = LcNetwork.application(90);
        bad.put("unexpected", "field");
        assertRefused(net.apply(bad), "INVALID_ARGUMENT");
        assertRefused(
                net.ledger.submit(
                        io.tradechain.ledger.Invocation.of(net.bank1, "letterofcredit", "Apply")),
                "WRONG_ORGANISATION");
        assertRefused(
                net.ledger.submit(
                        io.tradechain.ledger.Invocation.of(net.core, "letterofcredit", "Apply")),
                "MISSING_TRANSIENT");
    }

    @Test
    void termsAndDetailsArePrivateToTheLcsPartiesAndTheRegulator() {
        String lcId = net.advised(90);
        int n = net.presented(lcId, 10_000_000L);
        for (var reader : List.of(net.bank1, net.bank2, net.core, net.a, net.regulator)) {
            assertOk(net.evaluate(reader, "GetTerms", lcId));
            assertOk(net.evaluate(reader, "GetPresentationDetails", lcId, Integer.toString(n)));
            assertOk(net.evaluate(reader, "GetTimeline", lcId));
        }
        assertRefused(net.evaluate(net.outsider, "GetTerms", lcId), "ACCESS_DENIED");
        assertRefused(
                net.evaluate(net.outsider, "GetPresentationDetails", lcId, Integer.toString(n)),
                "ACCESS_DENIED");
        assertRefused(net.evaluate(net.outsider, "GetTimeline", lcId), "ACCESS_DENIED");
        assertRefused(net.evaluate(net.taxOfficer, "GetTerms", lcId), "ACCESS_DENIED");
        // the public record names no party and no amount; the answer of every write is public too
        JsonNode lc = net.lc(lcId);
        assertThat(lc.toString())
                .doesNotContain(A)
                .doesNotContain(CORE)
                .doesNotContain("100000000");
        TxResult presented = net.present(net.a, lcId, 12_345_678L);
        assertThat(new String(presented.payload())).doesNotContain("12345678").doesNotContain(A);
        JsonNode presentation = net.presentation(lcId, n);
        assertThat(presentation.get("documentHashes")).hasSize(2);
        assertThat(presentation.toString()).doesNotContain("10000000");
    }

    @Test
    void negotiationMakesTheNominatedBankTheClaimHolderAndPaymentGoesToIt() {
        String lcId = net.advised(90);
        int n = net.presented(lcId, 50_000_000L);
        assertOk(net.submit(net.bank1, "ReceiveDocuments", lcId, n));
        assertOk(net.examine(lcId, n));
        assertOk(net.submit(net.bank1, "AcceptPresentation", lcId, n));
        assertRefused(net.negotiate(lcId, n, 50_000_001L), "INVALID_ARGUMENT");
        assertOk(net.negotiate(lcId, n, 48_900_000L));
        assertRefused(net.negotiate(lcId, n, 48_900_000L), "ALREADY_NEGOTIATED");
        assertThat(net.presentation(lcId, n).get("claimHolder").asText()).isEqualTo("Bank2MSP");
        assertThat(
                        json(assertOk(
                                        net.evaluate(
                                                net.bank2,
                                                "GetPresentationDetails",
                                                lcId,
                                                Integer.toString(n))))
                                .get("negotiationPrice")
                                .get("minorUnits")
                                .asLong())
                .isEqualTo(48_900_000L);
        assertRefused(net.submit(net.bank1, "Pay", lcId, n), "NOT_MATURED");
        net.advanceTo("2026-05-31");
        assertOk(net.submit(net.bank1, "Pay", lcId, n));
        assertThat(net.presentation(lcId, n).get("paidTo").asText()).isEqualTo("Bank2MSP");
    }

    @Test
    void aClaimChangesHandsOnlyWithTheHoldersConsentAndTheIssuingBanksAcknowledgement() {
        String lcId = net.advised(90);
        int n = net.presented(lcId, 50_000_000L);
        assertOk(net.submit(net.bank1, "ReceiveDocuments", lcId, n));
        assertOk(net.examine(lcId, n));
        assertOk(net.submit(net.bank1, "AcceptPresentation", lcId, n));
        String number = Integer.toString(n);
        assertRefused(
                net.submit(net.bank2, "ConsentToClaimTransfer", lcId, number, "Bank1MSP", "FF-1"),
                "NOT_ALLOWED_FOR_ROLE"); // the beneficiary still holds it
        assertOk(net.negotiate(lcId, n, 48_900_000L));
        assertRefused(
                net.submit(net.bank1, "ConsentToClaimTransfer", lcId, number, "Bank1MSP", "FF-1"),
                "NOT_ALLOWED_FOR_ROLE");
        assertRefused(
                net.submit(net.bank2, "ConsentToClaimTransfer", lcId, number, "CorpMSP", "FF-1"),
                "INVALID_ARGUMENT");
        assertRefused(
                net.submit(net.bank1, "AcknowledgeClaimTransfer", lcId, number, "FF-1"),
                "CLAIM_NOT_TRANSFERABLE");
        assertOk(net.submit(net.bank2, "ConsentToClaimTransfer", lcId, number, "Bank1MSP", "FF-1"));
        assertRefused(
                net.submit(net.bank2, "ConsentToClaimTransfer", lcId, number, "Bank1MSP", "FF-2"),
                "CLAIM_NOT_TRANSFERABLE");
        assertRefused(
                net.submit(net.bank1, "AcknowledgeClaimTransfer", lcId, number, "FF-2"),
                "CLAIM_NOT_TRANSFERABLE");
        assertRefused(
                net.submit(net.bank2, "AcknowledgeClaimTransfer", lcId, number, "FF-1"),
                "NOT_ALLOWED_FOR_ROLE");
        assertOk(net.submit(net.bank1, "AcknowledgeClaimTransfer", lcId, number, "FF-1"));
        JsonNode claim = json(assertOk(net.evaluate(net.bank1, "GetClaim", lcId, number)));
        assertThat(claim.get("claimHolder").asText()).isEqualTo("Bank1MSP");
        assertThat(claim.has("pendingTransferTo")).isFalse();
        assertThat(claim.get("amount").get("minorUnits").asLong()).isEqualTo(50_000_000L);
    }

    @Test
    void everyLcIsListedForItsParticipants() {
        String first = net.advised(90);
        String second = net.applied(0);
        assertThat(ids(net.a)).contains(first, second);
        assertThat(ids(net.bank2)).contains(first, second);
        assertThat(ids(net.outsider)).isEmpty();
    }

    private List<String> ids(io.tradechain.ledger.Identity who) {
        List<String> ids = new ArrayList<>();
        json(assertOk(net.evaluate(who, "ListLcs", "", "50", "")))
                .get("items")
                .forEach(lc -> ids.add(lc.get("lcId").asText()));
        return ids;
    }

    private static Map<String, Object> money(long minorUnits) {
        return Map.of("currency", "CNY", "minorUnits", minorUnits);
    }

    static long amount() {
        return AMOUNT;
    }
}
