package io.tradechain.parties;

import static io.tradechain.parties.PartyLedger.assertOk;
import static io.tradechain.parties.PartyLedger.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradechain.chaincode.common.ErrorInfo;
import io.tradechain.chaincode.common.Idempotency;
import io.tradechain.ledger.Endorsement;
import io.tradechain.ledger.Identity;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import io.tradechain.ledger.ValidationCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A write sent again with the same idempotency key commits once; the retry learns the first
 * transaction.
 */
class IdempotentWriteTest {
    private final PartyLedger p = new PartyLedger();

    private Invocation register(Identity who, String key, String code, String name) {
        Invocation.Builder builder =
                Invocation.builder(who, "parties", "RegisterParty")
                        .args(code, name, PartyKind.CORE_ENTERPRISE.name());
        if (key != null) {
            builder.transientData(Idempotency.TRANSIENT_KEY, key.getBytes(StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    @Test
    void aRetryWithTheSameKeyNamesTheFirstTransactionAndCommitsNothing() {
        TxResult first =
                assertOk(
                        p.ledger.submit(
                                register(p.corpAdmin, "req-1", PartyLedger.CORE_CO, "CoreCo")));
        long height = p.ledger.height();

        ErrorInfo replay =
                assertRefused(
                        p.ledger.submit(
                                register(p.corpAdmin, "req-1", PartyLedger.CORE_CO, "CoreCo")),
                        "IDEMPOTENT_REPLAY");

        assertThat(replay.details()).containsEntry("firstTxId", first.txId());
        assertThat(p.ledger.height()).isEqualTo(height);
    }

    @Test
    void theSameKeyForADifferentRequestIsRefused() {
        assertOk(p.ledger.submit(register(p.corpAdmin, "req-1", PartyLedger.CORE_CO, "CoreCo")));
        assertRefused(
                p.ledger.submit(
                        register(p.corpAdmin, "req-1", PartyLedger.SUPPLIER_A, "Supplier A")),
                "IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void keysBelongToOneIdentity() {
        assertOk(p.ledger.submit(register(p.corpAdmin, "req-1", PartyLedger.CORE_CO, "CoreCo")));
        Identity otherAdmin = p.ledger.msp("CorpMSP").admin("corp-admin-2");
        assertOk(
                p.ledger.submit(
                        register(otherAdmin, "req-1", PartyLedger.SUPPLIER_A, "Supplier A")));
    }

    @Test
    void aRefusedFirstAttemptLeavesTheKeyFree() {
        assertRefused(
                p.ledger.submit(register(p.corpAdmin, "req-1", "91310000MA1FL0C0R9", "Bad code")),
                "INVALID_CREDIT_CODE");
        assertOk(p.ledger.submit(register(p.corpAdmin, "req-1", PartyLedger.CORE_CO, "CoreCo")));
    }

    @Test
    void twoConcurrentFirstAttemptsCommitOnce() {
        Endorsement one =
                p.ledger.endorse(register(p.corpAdmin, "req-1", PartyLedger.CORE_CO, "CoreCo"));
        Endorsement two =
                p.ledger.endorse(register(p.corpAdmin, "req-1", PartyLedger.CORE_CO, "CoreCo"));
        List<TxResult> results = p.ledger.commit(one, two);
        assertThat(results)
                .extracting(TxResult::validationCode)
                .containsExactly(ValidationCode.VALID, ValidationCode.MVCC_READ_CONFLICT);
    }

    @Test
    void aMalformedKeyIsRefused() {
        assertRefused(
                p.ledger.submit(register(p.corpAdmin, "has space", PartyLedger.CORE_CO, "CoreCo")),
                "INVALID_IDEMPOTENCY_KEY");
        assertRefused(
                p.ledger.submit(
                        register(p.corpAdmin, "x".repeat(129), PartyLedger.CORE_CO, "CoreCo")),
                "INVALID_IDEMPOTENCY_KEY");
    }

    @Test
    void readsNeverClaimAKey() {
        p.registered(p.corpAdmin, PartyLedger.CORE_CO, "CoreCo", PartyKind.CORE_ENTERPRISE);
        p.bound(p.corpAdmin, PartyLedger.CORE_CO, p.corpClerk);
        Invocation whoAmI =
                Invocation.builder(p.corpClerk, "parties", "WhoAmI")
                        .transientData(
                                Idempotency.TRANSIENT_KEY,
                                "read-1".getBytes(StandardCharsets.UTF_8))
                        .build();
        Endorsement read = p.ledger.endorse(whoAmI);
        assertThat(read.isSuccess()).isTrue();
        assertThat(read.writeCount()).isZero();
        assertOk(p.ledger.evaluate(whoAmI));
    }
}
