package io.tradechain.parties;

import static io.tradechain.parties.PartyLedger.BANK1;
import static io.tradechain.parties.PartyLedger.CORE_CO;
import static io.tradechain.parties.PartyLedger.SUPPLIER_A;
import static io.tradechain.parties.PartyLedger.TAX_BUREAU;
import static io.tradechain.parties.PartyLedger.assertOk;
import static io.tradechain.parties.PartyLedger.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeEventPayload;
import io.tradechain.chaincode.common.ErrorKind;
import io.tradechain.ledger.ChaincodeEventRecord;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import io.tradechain.ledger.ValidationCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartyRegistrationTest {
    private final PartyLedger net = new PartyLedger();

    private static JsonNode json(TxResult result) throws Exception {
        return CanonicalJson.mapper().readTree(result.payload());
    }

    @Test
    void anAdminRegistersAPartyOfItsOwnOrganisation() throws Exception {
        TxResult result =
                assertOk(
                        net.register(
                                net.corpAdmin, CORE_CO, "上海核心制造股份有限公司", PartyKind.CORE_ENTERPRISE));

        JsonNode party = json(result);
        assertThat(party.get("creditCode").asText()).isEqualTo(CORE_CO);
        assertThat(party.get("name").asText()).isEqualTo("上海核心制造股份有限公司");
        assertThat(party.get("kind").asText()).isEqualTo("CORE_ENTERPRISE");
        assertThat(party.get("mspId").asText()).isEqualTo("CorpMSP");
        assertThat(party.get("registeredBy").asText()).isEqualTo(net.corpAdmin.clientId());
        assertThat(party.get("registeredTxId").asText()).isEqualTo(result.txId());
        assertThat(result.validationCode()).isEqualTo(ValidationCode.VALID);

        JsonNode stored = json(assertOk(net.evaluate(net.bank1Clerk, "GetParty", CORE_CO)));
        assertThat(stored).isEqualTo(party);
    }

    @Test
    void registrationEmitsOneEventNamingTheParty() {
        TxResult result = assertOk(net.register(net.bank1Admin, BANK1, "第一商业银行", PartyKind.BANK));

        ChaincodeEventRecord event = result.event().orElseThrow();
        assertThat(event.eventName()).isEqualTo("parties.PartyRegistered");
        ChaincodeEventPayload payload = ChaincodeEventPayload.parse(event.payload());
        assertThat(payload.ids())
                .containsEntry("creditCode", BANK1)
                .containsEntry("mspId", "Bank1MSP")
                .containsEntry("kind", "BANK");
        assertThat(payload.txId()).isEqualTo(result.txId());
        assertThat(net.ledger.events())
                .extracting(ChaincodeEventRecord::txId)
                .containsExactly(result.txId());
    }

    @Test
    void eachKindIsRegisteredByItsOwnOrganisation() {
        net.registered(net.corpAdmin, CORE_CO, "CoreCo", PartyKind.CORE_ENTERPRISE);
        net.registered(net.corpAdmin, SUPPLIER_A, "Supplier A", PartyKind.SUPPLIER);
        net.registered(net.bank1Admin, BANK1, "Bank One", PartyKind.BANK);
        net.registered(net.authorityAdmin, TAX_BUREAU, "Tax bureau", PartyKind.AUTHORITY);
        // A bank that joins later (scenario 18) registers under its own Bank3MSP without a
        // chaincode change.
        var bank3Admin = net.ledger.msp("Bank3MSP").admin("bank3-admin");
        assertOk(
                net.register(
                        bank3Admin, PartyLedger.BANK2, "A bank that joined later", PartyKind.BANK));
    }

    @Test
    void aClientThatIsNotAnAdminIsRefused() {
        assertThat(
                        assertRefused(
                                        net.register(
                                                net.corpClerk,
                                                CORE_CO,
                                                "CoreCo",
                                                PartyKind.CORE_ENTERPRISE),
                                        "NOT_ADMIN")
                                .kind())
                .isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(net.ledger.committedState("parties", "\u0000party\u0000" + CORE_CO + "\u0000"))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} may not register a {1}")
    @CsvSource({
        "Bank1MSP, SUPPLIER",
        "Bank1MSP, CORE_ENTERPRISE",
        "Bank1MSP, AUTHORITY",
        "CorpMSP, BANK",
        "CorpMSP, AUTHORITY",
        "AuthorityMSP, BANK",
        "AuthorityMSP, SUPPLIER"
    })
    void anotherOrganisationsKindIsRefused(String mspId, PartyKind kind) {
        var admin = net.ledger.msp(mspId).admin("admin-of-" + mspId);
        assertRefused(
                net.register(admin, SUPPLIER_A, "Mislabelled Ltd", kind),
                "KIND_NOT_ALLOWED_FOR_ORGANISATION");
    }

    @Test
    void theRegulatorCannotWrite() {
        assertThat(
                        assertRefused(
                                        net.register(
                                                net.regulatorAdmin,
                                                CORE_CO,
                                                "CoreCo",
                                                PartyKind.CORE_ENTERPRISE),
                                        "READ_ONLY_ORGANISATION")
                                .kind())
                .isEqualTo(ErrorKind.FORBIDDEN);
        assertRefused(
                net.register(net.regulatorAdmin, TAX_BUREAU, "Regulator", PartyKind.REGULATOR),
                "READ_ONLY_ORGANISATION");
        assertRefused(
                net.register(net.regulatorClerk, CORE_CO, "CoreCo", PartyKind.CORE_ENTERPRISE),
                "READ_ONLY_ORGANISATION");
    }

    @Test
    void noOrganisationRegistersTheRegulatorAsAParty() {
        assertRefused(
                net.register(net.corpAdmin, TAX_BUREAU, "Regulator", PartyKind.REGULATOR),
                "REGULATOR_NOT_REGISTRABLE");
    }

    @ParameterizedTest(name = "credit code ''{0}'' is refused")
    @ValueSource(
            strings = {
                "91310000MA1FL0C0R9", // wrong check character
                "91310000MA1FL0C0R", // 17 characters
                "91310000MA1FL0C0R88", // 19 characters
                "91310000MA1FLOC0R8", // letter O is not in the alphabet
                "9131000OMA1FL0C0R8", // region code must be digits
                "",
                " "
            })
    void aBadCreditCodeIsRefused(String code) {
        assertRefused(
                net.register(net.corpAdmin, code, "CoreCo", PartyKind.CORE_ENTERPRISE),
                "INVALID_CREDIT_CODE");
    }

    @Test
    void aLowerCaseCodeIsTheSameParty() {
        net.registered(net.corpAdmin, CORE_CO, "CoreCo", PartyKind.CORE_ENTERPRISE);
        assertRefused(
                net.register(
                        net.corpAdmin,
                        CORE_CO.toLowerCase(),
                        "CoreCo again",
                        PartyKind.CORE_ENTERPRISE),
                "PARTY_ALREADY_REGISTERED");
    }

    @Test
    void aDuplicateCodeIsRefusedWhicheverOrganisationAsks() {
        net.registered(net.corpAdmin, CORE_CO, "CoreCo", PartyKind.CORE_ENTERPRISE);
        assertThat(
                        assertRefused(
                                        net.register(
                                                net.corpAdmin,
                                                CORE_CO,
                                                "Another name",
                                                PartyKind.SUPPLIER),
                                        "PARTY_ALREADY_REGISTERED")
                                .kind())
                .isEqualTo(ErrorKind.CONFLICT);
        assertRefused(
                net.register(net.bank1Admin, CORE_CO, "Posing bank", PartyKind.BANK),
                "PARTY_ALREADY_REGISTERED");
        assertThat(net.ledger.events()).hasSize(1);
    }

    @Test
    void twoConcurrentRegistrationsOfOneCodeCommitOnce() {
        var first =
                net.ledger.endorse(
                        Invocation.of(
                                net.corpAdmin,
                                "parties",
                                "RegisterParty",
                                CORE_CO,
                                "CoreCo",
                                "CORE_ENTERPRISE"));
        var second =
                net.ledger.endorse(
                        Invocation.of(
                                net.corpAdmin,
                                "parties",
                                "RegisterParty",
                                CORE_CO,
                                "CoreCo 2",
                                "SUPPLIER"));
        assertThat(first.isSuccess()).isTrue();
        assertThat(second.isSuccess()).isTrue();

        List<TxResult> results = net.ledger.commit(first, second);

        assertThat(results)
                .extracting(TxResult::validationCode)
                .containsExactly(ValidationCode.VALID, ValidationCode.MVCC_READ_CONFLICT);
        assertThat(net.evaluate(net.corpAdmin, "GetParty", CORE_CO).payloadAsString())
                .contains("\"CoreCo\"");
        assertThat(net.ledger.events()).hasSize(1);
    }

    @ParameterizedTest(name = "name ''{0}'' is refused")
    @ValueSource(strings = {"", "   ", " leading space", "tab\tinside"})
    void aBadNameIsRefused(String name) {
        assertRefused(
                net.register(net.corpAdmin, CORE_CO, name, PartyKind.CORE_ENTERPRISE),
                "INVALID_ARGUMENT");
    }

    @Test
    void aTooLongNameIsRefused() {
        assertRefused(
                net.register(net.corpAdmin, CORE_CO, "x".repeat(201), PartyKind.CORE_ENTERPRISE),
                "INVALID_ARGUMENT");
    }

    @Test
    void anUnknownKindIsRefusedWithTheAllowedValues() {
        TxResult result = net.submit(net.corpAdmin, "RegisterParty", CORE_CO, "CoreCo", "PARTNER");
        assertRefused(result, "INVALID_ARGUMENT");
        assertThat(result.message()).contains("SUPPLIER").contains("CORE_ENTERPRISE");
    }

    @Test
    void anUnknownPartyIsNotFound() {
        assertThat(
                        assertRefused(
                                        net.evaluate(net.bank1Clerk, "GetParty", CORE_CO),
                                        "PARTY_NOT_FOUND")
                                .kind())
                .isEqualTo(ErrorKind.NOT_FOUND);
    }

    @Test
    void anUnknownFunctionIsRefusedClearly() {
        TxResult result = net.submit(net.corpAdmin, "DeleteEverything");
        assertRefused(result, "INVALID_ARGUMENT");
        assertThat(result.message()).contains("DeleteEverything");
    }

    @Test
    void historyListsEveryCommittedVersion() throws Exception {
        TxResult registration =
                assertOk(net.register(net.corpAdmin, CORE_CO, "CoreCo", PartyKind.CORE_ENTERPRISE));

        JsonNode history =
                json(assertOk(net.evaluate(net.regulatorClerk, "GetPartyHistory", CORE_CO)));

        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("txId").asText()).isEqualTo(registration.txId());
        assertThat(history.get(0).get("deleted").asBoolean()).isFalse();
        assertThat(history.get(0).get("value").get("name").asText()).isEqualTo("CoreCo");
        assertRefused(
                net.evaluate(net.regulatorClerk, "GetPartyHistory", SUPPLIER_A), "PARTY_NOT_FOUND");
    }

    @Test
    void theContractMetadataBuildsAndListsEveryFunction() throws Exception {
        JsonNode metadata =
                json(assertOk(net.evaluate(net.bank1Clerk, "org.hyperledger.fabric:GetMetadata")));
        JsonNode transactions = metadata.get("contracts").get("parties").get("transactions");
        List<String> names = new java.util.ArrayList<>();
        transactions.forEach(t -> names.add(t.get("name").asText()));
        assertThat(names)
                .containsExactlyInAnyOrder(
                        "RegisterParty",
                        "BindIdentity",
                        "UnbindIdentity",
                        "WhoAmI",
                        "GetParty",
                        "ListParties",
                        "ListIdentities",
                        "GetPartyHistory",
                        "Resolve");
    }
}
