package io.tradechain.parties;

import static io.tradechain.parties.PartyLedger.BANK1;
import static io.tradechain.parties.PartyLedger.CORE_CO;
import static io.tradechain.parties.PartyLedger.SUPPLIER_A;
import static io.tradechain.parties.PartyLedger.assertOk;
import static io.tradechain.parties.PartyLedger.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.PartyRef;
import io.tradechain.ledger.ChaincodeDefinition;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityBindingTest {
    private final PartyLedger net = new PartyLedger();

    @BeforeEach
    void registerParties() {
        net.registered(net.corpAdmin, CORE_CO, "CoreCo", PartyKind.CORE_ENTERPRISE);
        net.registered(net.corpAdmin, SUPPLIER_A, "Supplier A", PartyKind.SUPPLIER);
        net.registered(net.bank1Admin, BANK1, "Bank One", PartyKind.BANK);
    }

    private PartyRef whoAmI(io.tradechain.ledger.Identity who) {
        return CanonicalJson.fromBytes(
                assertOk(net.evaluate(who, "WhoAmI")).payload(), PartyRef.class);
    }

    @Test
    void resolveAnswersTheCallerAndEveryPartyAskedInOneCall() {
        String unregistered = "92330302MA2L0E9R52";
        io.tradechain.chaincode.common.PartyResolution unbound =
                CanonicalJson.fromBytes(
                        assertOk(
                                        net.evaluate(
                                                net.corpClerk,
                                                "Resolve",
                                                "[\""
                                                        + SUPPLIER_A
                                                        + "\",\""
                                                        + unregistered
                                                        + "\"]"))
                                .payload(),
                        io.tradechain.chaincode.common.PartyResolution.class);
        assertThat(unbound.caller()).isNull();
        assertThat(unbound.callerError().code()).isEqualTo("CALLER_NOT_BOUND");
        assertThat(unbound.parties())
                .containsExactly(
                        new PartyRef(SUPPLIER_A, "Supplier A", "SUPPLIER", "CorpMSP"), null);

        assertOk(net.submit(net.corpAdmin, "BindIdentity", CORE_CO, net.corpClerk.clientId()));
        io.tradechain.chaincode.common.PartyResolution bound =
                CanonicalJson.fromBytes(
                        assertOk(net.evaluate(net.corpClerk, "Resolve", "[]")).payload(),
                        io.tradechain.chaincode.common.PartyResolution.class);
        assertThat(bound.caller()).isEqualTo(whoAmI(net.corpClerk));
        assertThat(bound.callerError()).isNull();
        assertThat(bound.parties()).isEmpty();

        assertRefused(
                net.evaluate(net.corpClerk, "Resolve", "[\"not-a-code\"]"), "INVALID_CREDIT_CODE");
        assertRefused(net.evaluate(net.corpClerk, "Resolve", "{\"a\":1}"), "INVALID_ARGUMENT");
        String many =
                "["
                        + String.join(",", java.util.Collections.nCopies(21, "\"" + CORE_CO + "\""))
                        + "]";
        assertRefused(net.evaluate(net.corpClerk, "Resolve", many), "INVALID_ARGUMENT");
    }

    @Test
    void aBoundIdentityResolvesToItsParty() {
        assertRefused(net.evaluate(net.corpClerk, "WhoAmI"), "CALLER_NOT_BOUND");

        TxResult bind =
                assertOk(
                        net.submit(
                                net.corpAdmin, "BindIdentity", CORE_CO, net.corpClerk.clientId()));

        assertThat(bind.event().orElseThrow().eventName()).isEqualTo("parties.IdentityBound");
        assertThat(whoAmI(net.corpClerk))
                .isEqualTo(new PartyRef(CORE_CO, "CoreCo", "CORE_ENTERPRISE", "CorpMSP"));
    }

    @Test
    void severalIdentitiesMayActForOneParty() {
        net.bound(net.corpAdmin, CORE_CO, net.corpClerk);
        net.bound(net.corpAdmin, CORE_CO, net.corpClerk2);

        assertThat(whoAmI(net.corpClerk2).creditCode()).isEqualTo(CORE_CO);
    }

    @Test
    void oneIdentityActsForOnePartyOnly() {
        net.bound(net.corpAdmin, CORE_CO, net.corpClerk);

        assertRefused(
                net.submit(net.corpAdmin, "BindIdentity", SUPPLIER_A, net.corpClerk.clientId()),
                "IDENTITY_ALREADY_BOUND");
        assertRefused(
                net.submit(net.corpAdmin, "BindIdentity", CORE_CO, net.corpClerk.clientId()),
                "IDENTITY_ALREADY_BOUND");
        assertThat(whoAmI(net.corpClerk).creditCode()).isEqualTo(CORE_CO);
    }

    @Test
    void anotherOrganisationsAdminCannotBindToAParty() {
        var bank1Officer = net.bank1Clerk;
        assertRefused(
                net.submit(net.bank1Admin, "BindIdentity", CORE_CO, bank1Officer.clientId()),
                "WRONG_ORGANISATION");
        assertRefused(
                net.submit(
                        net.bank2Admin,
                        "BindIdentity",
                        BANK1,
                        net.ledger.msp("Bank2MSP").client("bank2-officer").clientId()),
                "WRONG_ORGANISATION");
    }

    @Test
    void anIdentityOfAnotherOrganisationIsNotBound() {
        // A CorpMSP admin writes down a Bank1 identity's id: the binding could never be used (a
        // Bank1 caller is
        // resolved under Bank1MSP), so it is refused as an authorisation failure and nothing is
        // written.
        TxResult refused =
                net.submit(net.corpAdmin, "BindIdentity", CORE_CO, net.bank1Clerk.clientId());
        assertRefused(refused, "IDENTITY_OF_ANOTHER_ORGANISATION");
        assertThat(refused.message()).contains("FORBIDDEN");
        // a made-up issuer is refused the same way
        String forged =
                net.corpClerk.clientId().substring(0, net.corpClerk.clientId().lastIndexOf("::"))
                        + "::CN=ca.elsewhere.example,O=Elsewhere";
        assertRefused(
                net.submit(net.corpAdmin, "BindIdentity", CORE_CO, forged),
                "IDENTITY_OF_ANOTHER_ORGANISATION");

        assertRefused(net.evaluate(net.bank1Clerk, "WhoAmI"), "CALLER_NOT_BOUND");
    }

    @Test
    void aNonAdminCannotBind() {
        net.bound(net.corpAdmin, CORE_CO, net.corpClerk);
        assertRefused(
                net.submit(net.corpClerk, "BindIdentity", CORE_CO, net.corpClerk2.clientId()),
                "NOT_ADMIN");
    }

    @Test
    void theRegulatorCannotBindOrUnbind() {
        assertRefused(
                net.submit(net.regulatorAdmin, "BindIdentity", CORE_CO, net.corpClerk.clientId()),
                "READ_ONLY_ORGANISATION");
        net.bound(net.corpAdmin, CORE_CO, net.corpClerk);
        assertRefused(
                net.submit(net.regulatorAdmin, "UnbindIdentity", net.corpClerk.clientId()),
                "READ_ONLY_ORGANISATION");
    }

    @Test
    void bindingToAnUnknownPartyIsRefused() {
        assertRefused(
                net.submit(
                        net.corpAdmin,
                        "BindIdentity",
                        PartyLedger.SUPPLIER_B,
                        net.corpClerk.clientId()),
                "PARTY_NOT_FOUND");
    }

    @ParameterizedTest(name = "client id ''{0}'' is refused")
    @ValueSource(strings = {"alice", "x509::CN=alice", "x509::::", "CN=alice::CN=ca"})
    void aMalformedClientIdIsRefused(String clientId) {
        assertRefused(
                net.submit(net.corpAdmin, "BindIdentity", CORE_CO, clientId), "INVALID_CLIENT_ID");
    }

    @Test
    void unbindingWithdrawsTheIdentity() {
        net.bound(net.corpAdmin, CORE_CO, net.corpClerk);

        TxResult unbind =
                assertOk(net.submit(net.corpAdmin, "UnbindIdentity", net.corpClerk.clientId()));

        assertThat(unbind.event().orElseThrow().eventName()).isEqualTo("parties.IdentityUnbound");
        assertRefused(net.evaluate(net.corpClerk, "WhoAmI"), "CALLER_NOT_BOUND");
        // and it may then act for another party
        net.bound(net.corpAdmin, SUPPLIER_A, net.corpClerk);
        assertThat(whoAmI(net.corpClerk).creditCode()).isEqualTo(SUPPLIER_A);
    }

    @Test
    void unbindingIsLimitedToTheAdminsOwnOrganisation() {
        net.bound(net.corpAdmin, CORE_CO, net.corpClerk);

        assertRefused(
                net.submit(net.bank1Admin, "UnbindIdentity", net.corpClerk.clientId()),
                "IDENTITY_NOT_BOUND");
        assertRefused(
                net.submit(net.corpClerk2, "UnbindIdentity", net.corpClerk.clientId()),
                "NOT_ADMIN");
        assertThat(whoAmI(net.corpClerk).creditCode()).isEqualTo(CORE_CO);
    }

    @Test
    void unbindingAnUnboundIdentityIsRefused() {
        assertRefused(
                net.submit(net.corpAdmin, "UnbindIdentity", net.corpClerk.clientId()),
                "IDENTITY_NOT_BOUND");
    }

    @Test
    void theRegulatorIsToldItIsNotAParty() {
        TxResult result = net.evaluate(net.regulatorClerk, "WhoAmI");
        assertRefused(result, "CALLER_NOT_BOUND");
        assertThat(result.message()).contains("regulator");
    }

    @Test
    void aPartysIdentitiesAreVisibleToItsOrganisationAndTheRegulatorOnly() throws Exception {
        net.bound(net.corpAdmin, CORE_CO, net.corpClerk);
        net.bound(net.corpAdmin, CORE_CO, net.corpClerk2);

        for (var reader : new io.tradechain.ledger.Identity[] {net.corpClerk, net.regulatorClerk}) {
            JsonNode page =
                    CanonicalJson.mapper()
                            .readTree(
                                    assertOk(
                                                    net.evaluate(
                                                            reader,
                                                            "ListIdentities",
                                                            CORE_CO,
                                                            "",
                                                            ""))
                                            .payload());
            assertThat(page.get("items")).hasSize(2);
            assertThat(page.get("items").findValuesAsText("clientId"))
                    .containsExactlyInAnyOrder(net.corpClerk.clientId(), net.corpClerk2.clientId());
        }
        assertRefused(
                net.evaluate(net.bank1Clerk, "ListIdentities", CORE_CO, "", ""), "ACCESS_DENIED");
    }

    @Test
    void anyChaincodeResolvesItsCallerThroughTheRegistry() {
        net.ledger.deploy(
                ChaincodeDefinition.builder("probe")
                        .contractPackages("io.tradechain.probe")
                        .build());
        net.bound(net.corpAdmin, SUPPLIER_A, net.corpClerk2);

        TxResult resolved =
                assertOk(net.ledger.submit(Invocation.of(net.corpClerk2, "probe", "WhoCalls")));
        assertThat(CanonicalJson.fromBytes(resolved.payload(), PartyRef.class))
                .isEqualTo(new PartyRef(SUPPLIER_A, "Supplier A", "SUPPLIER", "CorpMSP"));

        assertRefused(
                net.ledger.submit(Invocation.of(net.corpClerk, "probe", "WhoCalls")),
                "CALLER_NOT_BOUND");
        assertThat(
                        net.ledger
                                .evaluate(Invocation.of(net.bank1Clerk, "probe", "Lookup", BANK1))
                                .payloadAsString())
                .contains("\"kind\":\"BANK\"");
        assertThat(
                        net.ledger
                                .evaluate(
                                        Invocation.of(
                                                net.bank1Clerk,
                                                "probe",
                                                "Lookup",
                                                PartyLedger.SUPPLIER_B))
                                .payloadAsString())
                .isEqualTo("none");
    }
}
