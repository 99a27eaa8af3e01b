package io.tradechain.parties;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradechain.chaincode.common.ErrorInfo;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.testkit.ChaincodeDefinition;
import io.tradechain.testkit.Identity;
import io.tradechain.testkit.InMemoryLedger;
import io.tradechain.testkit.Invocation;
import io.tradechain.testkit.TxResult;

/** A ledger with the party registry deployed, the network's organisations and a few identities of each. */
final class PartyLedger {
    static final String CORE_CO = "91310000MA1FL0C0R8";
    static final String SUPPLIER_A = "91440300MA55UPPLYQ";
    static final String SUPPLIER_B = "91320500MA15UPPLYB";
    static final String BANK1 = "91110000100BANK00E";
    static final String BANK2 = "91310000100BANK00U";
    static final String TAX_BUREAU = "11100000000TAXBURC";

    final InMemoryLedger ledger = InMemoryLedger.create();
    final Identity corpAdmin;
    final Identity corpClerk;
    final Identity corpClerk2;
    final Identity bank1Admin;
    final Identity bank1Clerk;
    final Identity bank2Admin;
    final Identity authorityAdmin;
    final Identity regulatorAdmin;
    final Identity regulatorClerk;

    PartyLedger() {
        ledger.deploy(ChaincodeDefinition.builder("parties").contractPackages("io.tradechain.parties").build());
        corpAdmin = ledger.msp(Organisations.CORP_MSP).admin("corp-admin");
        corpClerk = ledger.msp(Organisations.CORP_MSP).client("coreco-treasurer");
        corpClerk2 = ledger.msp(Organisations.CORP_MSP).client("suppliera-clerk");
        bank1Admin = ledger.msp(Organisations.BANK1_MSP).admin("bank1-admin");
        bank1Clerk = ledger.msp(Organisations.BANK1_MSP).client("bank1-officer");
        bank2Admin = ledger.msp(Organisations.BANK2_MSP).admin("bank2-admin");
        authorityAdmin = ledger.msp(Organisations.AUTHORITY_MSP).admin("tax-admin");
        regulatorAdmin = ledger.msp(Organisations.REGULATOR_MSP).admin("regulator-admin");
        regulatorClerk = ledger.msp(Organisations.REGULATOR_MSP).client("regulator-auditor");
    }

    TxResult submit(Identity who, String function, String... args) {
        return ledger.submit(Invocation.of(who, "parties", function, args));
    }

    TxResult evaluate(Identity who, String function, String... args) {
        return ledger.evaluate(Invocation.of(who, "parties", function, args));
    }

    TxResult register(Identity admin, String code, String name, PartyKind kind) {
        return submit(admin, "RegisterParty", code, name, kind.name());
    }

    /** Registers a party and fails the test if the registry refuses it. */
    void registered(Identity admin, String code, String name, PartyKind kind) {
        assertOk(register(admin, code, name, kind));
    }

    void bound(Identity admin, String code, Identity identity) {
        assertOk(submit(admin, "BindIdentity", code, identity.clientId()));
    }

    static TxResult assertOk(TxResult result) {
        assertThat(result.isSuccess())
                .as("expected success but got status %d: %s", result.status(), result.message())
                .isTrue();
        return result;
    }

    /** The transaction was refused by the chaincode with this code, both in the message and in the payload. */
    static ErrorInfo assertRefused(TxResult result, String code) {
        assertThat(result.isSuccess()).as("expected refusal %s but it succeeded", code).isFalse();
        assertThat(result.isEndorsed()).isFalse();
        assertThat(result.blockNumber()).isEqualTo(-1);
        ErrorInfo fromMessage = ErrorInfo.fromMessage(result.message()).orElseThrow(
                () -> new AssertionError("no error code in message: " + result.message()));
        assertThat(fromMessage.code()).isEqualTo(code);
        ErrorInfo fromPayload = ErrorInfo.fromPayload(result.payload()).orElseThrow();
        assertThat(fromPayload.code()).isEqualTo(code);
        assertThat(fromPayload.kind()).isEqualTo(fromMessage.kind());
        return fromPayload;
    }
}
