package io.tradechain.parties;

import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.ledger.Identity;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import io.tradechain.testkit.TestNetwork;
import java.time.Instant;

/**
 * A ledger with the party registry deployed, the network's organisations and a few identities of
 * each.
 */
final class PartyLedger extends TestNetwork {
    static final String CORE_CO = "91310000MA1FL0C0R8";
    static final String SUPPLIER_A = "91440300MA55UPPLYQ";
    static final String SUPPLIER_B = "91320500MA15UPPLYB";
    static final String BANK1 = "91110000100BANK00E";
    static final String BANK2 = "91310000100BANK00U";
    static final String TAX_BUREAU = "11100000000TAXBURC";

    final Identity corpClerk;
    final Identity corpClerk2;
    final Identity bank1Admin;
    final Identity bank1Clerk;
    final Identity bank2Admin;
    final Identity regulatorAdmin;
    final Identity regulatorClerk;

    PartyLedger() {
        super(Instant.now(), ChaincodeNames.PARTIES);
        corpClerk = ledger.msp(Organisations.CORP_MSP).client("coreco-treasurer");
        corpClerk2 = ledger.msp(Organisations.CORP_MSP).client("suppliera-clerk");
        bank1Admin = ledger.msp(Organisations.BANK1_MSP).admin("bank1-admin");
        bank1Clerk = ledger.msp(Organisations.BANK1_MSP).client("bank1-officer");
        bank2Admin = ledger.msp(Organisations.BANK2_MSP).admin("bank2-admin");
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
}
