package io.tradechain.verification;

import static io.tradechain.verification.VerificationNetwork.assertOk;
import static io.tradechain.verification.VerificationNetwork.assertRefused;
import static io.tradechain.verification.VerificationNetwork.declaration;
import static io.tradechain.verification.VerificationNetwork.invoice;
import static io.tradechain.verification.VerificationNetwork.json;
import static io.tradechain.verification.VerificationNetwork.money;
import static io.tradechain.verification.VerificationNetwork.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.ErrorInfo;
import io.tradechain.ledger.Endorsement;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import io.tradechain.ledger.ValidationCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LockTest {
    private static final long FACE = 11_300_000;
    private final VerificationNetwork net = new VerificationNetwork();
    private final Map<String, Object> invoice = invoice("03271701");
    private final String id;

    LockTest() {
        id = net.registered(invoice);
    }

    private long balance() {
        return net.document(net.taxOfficer, id).get("balance").get("minorUnits").asLong();
    }

    @Test
    void aLockOccupiesPartOfTheBalance() {
        JsonNode receipt =
                json(assertOk(net.lock(net.bank1, invoice, "B1-FIN-2026-0001", 8_000_000)));
        assertThat(receipt.get("lock").get("status").asText()).isEqualTo("LOCKED");
        assertThat(receipt.get("lock").get("bankMsp").asText()).isEqualTo("Bank1MSP");
        assertThat(receipt.get("document").get("balance").get("minorUnits").asLong())
                .isEqualTo(3_300_000);
        assertThat(receipt.get("document").get("lockCount").asInt()).isEqualTo(1);
        assertThat(balance()).isEqualTo(3_300_000);
        assertThat(net.verifyInvoice(invoice).get("balance").get("minorUnits").asLong())
                .isEqualTo(3_300_000);
    }

    @Test
    void oneFinancingBeyondTheFaceValueIsOverFinancing() {
        ErrorInfo refusal =
                assertRefused(net.lock(net.bank1, invoice, "B1-FIN-1", FACE + 1), "OVER_FINANCING");
        assertThat(refusal.details())
                .containsEntry("faceValue", "11300000")
                .containsEntry("currency", "CNY");
        assertThat(balance()).isEqualTo(FACE);
    }

    @Test
    void aSecondFinancingOneMinorUnitBeyondTheBalanceIsRefusedAtEitherBank() {
        assertOk(net.lock(net.bank1, invoice, "B1-FIN-1", 8_000_000));
        assertRefused(net.lock(net.bank1, invoice, "B1-FIN-2", 3_300_001), "DUPLICATE_FINANCING");
        ErrorInfo atBank2 =
                assertRefused(
                        net.lock(net.bank2, invoice, "B2-FIN-1", 3_300_001), "DUPLICATE_FINANCING");
        // the second bank learns that the document is used and what it asked, not who financed it
        // or for how much
        assertThat(atBank2.details())
                .containsOnlyKeys("documentId", "requested", "currency")
                .containsEntry("requested", "3300001")
                .containsEntry("currency", "CNY");
        assertThat(atBank2.message()).doesNotContain("Bank1MSP", "80000.00", "33000.00");
        assertOk(net.lock(net.bank2, invoice, "B2-FIN-1", 3_300_000));
        assertThat(balance()).isZero();
        assertRefused(net.lock(net.bank2, invoice, "B2-FIN-2", 1), "DUPLICATE_FINANCING");
    }

    @Test
    void twoConcurrentLocksFromTwoBanksOnOneDocumentExactlyOneWins() {
        Endorsement fromBank1 =
                net.endorse(
                        net.lockInvocation(net.bank1, "INVOICE", invoice, "B1-FIN-1", FACE, "CNY"));
        Endorsement fromBank2 =
                net.endorse(
                        net.lockInvocation(net.bank2, "INVOICE", invoice, "B2-FIN-1", FACE, "CNY"));
        assertThat(fromBank1.isSuccess()).isTrue();
        assertThat(fromBank2.isSuccess()).isTrue();

        List<TxResult> results = net.ledger.commit(fromBank1, fromBank2);

        assertThat(results)
                .extracting(TxResult::validationCode)
                .containsExactly(ValidationCode.VALID, ValidationCode.MVCC_READ_CONFLICT);
        JsonNode document = net.document(net.taxOfficer, id);
        assertThat(document.get("financed").get("minorUnits").asLong()).isEqualTo(FACE);
        assertThat(document.get("lockCount").asInt()).isEqualTo(1);
        assertRefused(
                net.ledger.submit(
                        net.lockInvocation(net.bank2, "INVOICE", invoice, "B2-FIN-1", FACE, "CNY")),
                "DUPLICATE_FINANCING");
    }

    @Test
    void aLockNeedsTheDocumentsRealFields() {
        ErrorInfo refusal =
                assertRefused(
                        net.lock(
                                net.bank1,
                                with(invoice, "amount", money("CNY", 20_000_000)),
                                "B1-FIN-1",
                                1_000),
                        "DOCUMENT_MISMATCH");
        assertThat(refusal.details()).containsEntry("mismatchedFields", "AMOUNTS");
        assertRefused(
                net.lock(net.bank1, with(invoice, "invoiceNumber", "99999999"), "B1-FIN-1", 1_000),
                "DOCUMENT_NOT_FOUND");
        assertThat(balance()).isEqualTo(FACE);
    }

    @Test
    void aVoidedDocumentCannotBeLockedButItsLocksStay() {
        assertOk(net.lock(net.bank1, invoice, "B1-FIN-1", 1_000_000));
        assertOk(
                net.ledger.submit(
                        Invocation.of(
                                net.taxOfficer,
                                "verification",
                                "VoidDocument",
                                id,
                                "sale undone")));
        assertRefused(net.lock(net.bank2, invoice, "B2-FIN-1", 1_000), "DOCUMENT_VOIDED");
        JsonNode view = json(assertOk(net.evaluate(net.taxOfficer, "GetDocument", id)));
        assertThat(view.get("locks")).hasSize(1);
        assertOk(net.release(net.bank1, id, "B1-FIN-1"));
    }

    @Test
    void aFinancingReferenceIsUsedOncePerDocument() {
        assertOk(net.lock(net.bank1, invoice, "B1-FIN-1", 1_000));
        assertRefused(net.lock(net.bank1, invoice, "B1-FIN-1", 1_000), "LOCK_ALREADY_EXISTS");
        assertOk(net.release(net.bank1, id, "B1-FIN-1"));
        assertRefused(net.lock(net.bank1, invoice, "B1-FIN-1", 1_000), "LOCK_ALREADY_EXISTS");
    }

    @Test
    void badLockInputsAreRefused() {
        assertRefused(
                net.ledger.submit(
                        net.lockInvocation(
                                net.bank1, "INVOICE", invoice, "B1-FIN-1", 1_000, "USD")),
                "CURRENCY_MISMATCH");
        assertRefused(net.lock(net.bank1, invoice, "B1-FIN-1", 0), "INVALID_ARGUMENT");
        assertRefused(net.lock(net.bank1, invoice, "B1-FIN-1", -5), "INVALID_ARGUMENT");
        assertRefused(net.lock(net.bank1, invoice, "has space", 1_000), "INVALID_ARGUMENT");
        assertRefused(
                net.ledger.submit(
                        Invocation.builder(net.bank1, "verification", "LockAmount")
                                .args("B1-FIN-1", "{\"currency\":\"CNY\",\"minorUnits\":1.5}")
                                .transientData(
                                        Inputs.DOCUMENT,
                                        VerificationNetwork.json(
                                                VerificationNetwork.typed("INVOICE", invoice)))
                                .build()),
                "INVALID_ARGUMENT");
        assertRefused(
                net.ledger.submit(
                        Invocation.of(
                                net.bank1,
                                "verification",
                                "LockAmount",
                                "B1-FIN-1",
                                VerificationNetwork.json(money("CNY", 1)))),
                "MISSING_TRANSIENT");
        assertThat(balance()).isEqualTo(FACE);
    }

    @Test
    void onlyBanksLock() {
        assertRefused(net.lock(net.sellerClerk, invoice, "C-1", 1_000), "WRONG_ORGANISATION");
        assertRefused(net.lock(net.taxOfficer, invoice, "A-1", 1_000), "WRONG_ORGANISATION");
        assertRefused(net.lock(net.regulator, invoice, "R-1", 1_000), "READ_ONLY_ORGANISATION");
    }

    @Test
    void aBlacklistedOwnerIsRefusedUntilDelisted() {
        String report = net.blacklist(VerificationNetwork.SELLER);
        ErrorInfo refusal =
                assertRefused(net.lock(net.bank2, invoice, "B2-FIN-1", 1_000), "PARTY_BLACKLISTED");
        assertThat(refusal.details()).containsEntry("creditCode", VerificationNetwork.SELLER);
        assertThat(balance()).isEqualTo(FACE);
        net.delist(report);
        assertOk(net.lock(net.bank2, invoice, "B2-FIN-1", 1_000));
    }

    @Test
    void aDeclarationIsLockedInItsOwnCurrency() {
        Map<String, Object> declaration = declaration("223320260000777777");
        assertOk(net.registerDeclaration(net.taxOfficer, declaration));
        assertOk(
                net.ledger.submit(
                        net.lockInvocation(
                                net.bank2,
                                "CUSTOMS_DECLARATION",
                                declaration,
                                "B2-EXP-1",
                                25_000_000,
                                "USD")));
        assertRefused(
                net.ledger.submit(
                        net.lockInvocation(
                                net.bank1,
                                "CUSTOMS_DECLARATION",
                                declaration,
                                "B1-EXP-1",
                                1,
                                "USD")),
                "DUPLICATE_FINANCING");
    }

    @Test
    void releaseGivesTheBalanceBackOnce() {
        assertOk(net.lock(net.bank1, invoice, "B1-FIN-1", 5_000_000));
        JsonNode receipt = json(assertOk(net.release(net.bank1, id, "B1-FIN-1")));
        assertThat(receipt.get("lock").get("status").asText()).isEqualTo("RELEASED");
        assertThat(receipt.get("lock").get("releaseReason").asText())
                .isEqualTo("financing application withdrawn");
        assertThat(balance()).isEqualTo(FACE);
        assertRefused(net.release(net.bank1, id, "B1-FIN-1"), "LOCK_NOT_ACTIVE");
        assertOk(net.lock(net.bank2, invoice, "B2-FIN-1", FACE));
    }

    @Test
    void onlyTheLockingBankReleasesOrRecordsRepayments() {
        assertOk(net.lock(net.bank1, invoice, "B1-FIN-1", 5_000_000));
        assertRefused(net.release(net.bank2, id, "B1-FIN-1"), "NOT_THE_LOCKING_BANK");
        assertRefused(net.repay(net.bank2, id, "B1-FIN-1", 1), "NOT_THE_LOCKING_BANK");
        assertRefused(net.release(net.regulator, id, "B1-FIN-1"), "READ_ONLY_ORGANISATION");
        assertRefused(net.release(net.bank1, id, "B1-FIN-9"), "LOCK_NOT_FOUND");
        assertThat(balance()).isEqualTo(6_300_000);
    }

    @Test
    void repaymentsCloseTheLockWithoutGivingTheBalanceBack() {
        assertOk(net.lock(net.bank1, invoice, "B1-FIN-1", 5_000_000));
        JsonNode part = json(assertOk(net.repay(net.bank1, id, "B1-FIN-1", 2_000_000)));
        assertThat(part.get("lock").get("status").asText()).isEqualTo("LOCKED");
        assertThat(part.get("lock").get("repaid").get("minorUnits").asLong()).isEqualTo(2_000_000);
        assertRefused(net.repay(net.bank1, id, "B1-FIN-1", 3_000_001), "REPAYMENT_EXCEEDS_LOCK");
        assertRefused(net.release(net.bank1, id, "B1-FIN-1"), "LOCK_PARTLY_REPAID");
        JsonNode full = json(assertOk(net.repay(net.bank1, id, "B1-FIN-1", 3_000_000)));
        assertThat(full.get("lock").get("status").asText()).isEqualTo("REPAID");
        assertRefused(net.repay(net.bank1, id, "B1-FIN-1", 1), "LOCK_NOT_ACTIVE");
        assertThat(balance()).isEqualTo(6_300_000);
    }
}
