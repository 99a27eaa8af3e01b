package io.tradechain.parties;

import static io.tradechain.parties.PartyLedger.assertOk;
import static io.tradechain.parties.PartyLedger.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.PartyRef;
import io.tradechain.ledger.TxResult;
import org.junit.jupiter.api.Test;

/**
 * The party registry walked through as an operator would, printing each step (written before the
 * gateway existed; the gateway's Swagger UI now offers the same steps over REST).
 */
class PartyRegistryScenarioTest {
    private final PartyLedger net = new PartyLedger();

    private static void step(String what, TxResult result) {
        String outcome =
                result.isSuccess()
                        ? (result.blockNumber() < 0
                                ? "answered (query, nothing ordered)"
                                : "committed in block "
                                        + result.blockNumber()
                                        + " tx "
                                        + result.txId().substring(0, 12))
                        : "refused: " + result.message();
        System.out.printf("  %-70s %s%n", what, outcome);
    }

    @Test
    void theRegistryFromFirstPartyToCrossChaincodeResolution() {
        System.out.println(
                "\nParty registry walkthrough (in-memory Fabric ledger, real X.509 identities)");

        TxResult core =
                net.register(
                        net.corpAdmin,
                        PartyLedger.CORE_CO,
                        "上海核心制造股份有限公司",
                        PartyKind.CORE_ENTERPRISE);
        step("CorpMSP admin registers CoreCo (CORE_ENTERPRISE)", assertOk(core));
        step(
                "CorpMSP admin registers Supplier A (SUPPLIER)",
                assertOk(
                        net.register(
                                net.corpAdmin,
                                PartyLedger.SUPPLIER_A,
                                "深圳一级供应商有限公司",
                                PartyKind.SUPPLIER)));
        step(
                "Bank1MSP admin registers Bank One (BANK)",
                assertOk(
                        net.register(
                                net.bank1Admin,
                                PartyLedger.BANK1,
                                "第一商业银行股份有限公司",
                                PartyKind.BANK)));
        step(
                "CorpMSP admin tries to register a BANK",
                refused(
                        net.register(net.corpAdmin, PartyLedger.BANK2, "Fake bank", PartyKind.BANK),
                        "KIND_NOT_ALLOWED_FOR_ORGANISATION"));
        step(
                "Regulator tries to register a party",
                refused(
                        net.register(
                                net.regulatorAdmin,
                                PartyLedger.SUPPLIER_B,
                                "x",
                                PartyKind.SUPPLIER),
                        "READ_ONLY_ORGANISATION"));
        step(
                "A wrong check character is refused",
                refused(
                        net.register(net.corpAdmin, "91310000MA1FL0C0R9", "x", PartyKind.SUPPLIER),
                        "INVALID_CREDIT_CODE"));
        step(
                "CorpMSP admin binds the treasurer's identity to CoreCo",
                assertOk(
                        net.submit(
                                net.corpAdmin,
                                "BindIdentity",
                                PartyLedger.CORE_CO,
                                net.corpClerk.clientId())));
        TxResult who = assertOk(net.evaluate(net.corpClerk, "WhoAmI"));
        step("The treasurer asks WhoAmI", who);
        assertThat(CanonicalJson.fromBytes(who.payload(), PartyRef.class).creditCode())
                .isEqualTo(PartyLedger.CORE_CO);
        step(
                "An unbound clerk asks WhoAmI",
                refused(net.evaluate(net.corpClerk2, "WhoAmI"), "CALLER_NOT_BOUND"));
        System.out.printf(
                "  ledger height %d, %d events%n%n",
                net.ledger.height(), net.ledger.events().size());
        assertThat(net.ledger.events()).hasSize(4);
    }

    private static TxResult refused(TxResult result, String code) {
        assertRefused(result, code);
        return result;
    }
}
