package io.tradechain.verification;

import static io.tradechain.verification.VerificationNetwork.assertOk;
import static io.tradechain.verification.VerificationNetwork.assertRefused;
import static io.tradechain.verification.VerificationNetwork.invoice;
import static io.tradechain.verification.VerificationNetwork.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.ErrorInfo;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuthorisationTest {
    private final VerificationNetwork net = new VerificationNetwork();
    private final String id;

    AuthorisationTest() {
        id = net.registered(invoice("03271801"));
        net.registered(invoice("03271802"));
    }

    private ErrorInfo refusedToBank2(String code) {
        assertRefused(
                net.evaluate(net.bank2, "ListDocuments", VerificationNetwork.SELLER, "", ""), code);
        return assertRefused(net.evaluate(net.bank2, "GetDocument", id), code);
    }

    @Test
    void withoutAnAuthorisationABankCannotQueryAPartysDocuments() {
        refusedToBank2("AUTHORISATION_REQUIRED");
    }

    @Test
    void anAuthorisedBankQueriesUntilTheExpiryDayInclusiveThenIsRefused() {
        JsonNode grant = json(assertOk(net.authorise(net.sellerClerk, "Bank2MSP", "2026-04-09")));
        assertThat(grant.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(grant.toString()).doesNotContain(VerificationNetwork.SELLER);

        JsonNode page =
                json(
                        assertOk(
                                net.evaluate(
                                        net.bank2,
                                        "ListDocuments",
                                        VerificationNetwork.SELLER,
                                        "",
                                        "")));
        assertThat(page.get("items")).hasSize(2);
        assertThat(net.document(net.bank2, id).get("balance").get("minorUnits").asLong())
                .isEqualTo(11_300_000);

        net.clock.advance(Duration.ofDays(30)); // 2026-04-09, the last day
        assertOk(net.evaluate(net.bank2, "GetDocument", id));
        net.clock.advance(Duration.ofDays(1));
        ErrorInfo refusal = refusedToBank2("AUTHORISATION_EXPIRED");
        assertThat(refusal.details()).containsEntry("expiresOn", "2026-04-09");
        JsonNode listed =
                json(
                        assertOk(
                                net.evaluate(
                                        net.sellerClerk,
                                        "ListAuthorisations",
                                        VerificationNetwork.SELLER)));
        assertThat(listed.get(0).get("status").asText()).isEqualTo("EXPIRED");
        assertRefused(net.revoke(net.sellerClerk, "Bank2MSP"), "AUTHORISATION_NOT_ACTIVE");
    }

    @Test
    void aRevokedAuthorisationRefusesAtOnceAndANewGrantRestoresIt() {
        assertOk(net.authorise(net.sellerClerk, "Bank2MSP", "2026-06-30"));
        JsonNode revoked = json(assertOk(net.revoke(net.sellerClerk, "Bank2MSP")));
        assertThat(revoked.get("status").asText()).isEqualTo("REVOKED");
        refusedToBank2("AUTHORISATION_REVOKED");
        assertRefused(net.revoke(net.sellerClerk, "Bank2MSP"), "AUTHORISATION_NOT_ACTIVE");
        assertOk(net.authorise(net.sellerClerk, "Bank2MSP", "2026-06-30"));
        assertOk(net.evaluate(net.bank2, "GetDocument", id));
    }

    @Test
    void anAuthorisationIsForOneBankOnly() {
        assertOk(net.authorise(net.sellerClerk, "Bank1MSP", "2026-06-30"));
        assertOk(net.evaluate(net.bank1, "GetDocument", id));
        refusedToBank2("AUTHORISATION_REQUIRED");
    }

    @Test
    void theExpiryMustBeAfterTodayAndWithinAYear() {
        assertRefused(
                net.authorise(net.sellerClerk, "Bank2MSP", VerificationNetwork.TODAY),
                "EXPIRY_OUT_OF_RANGE");
        assertRefused(
                net.authorise(net.sellerClerk, "Bank2MSP", "2027-03-12"), "EXPIRY_OUT_OF_RANGE");
        assertOk(net.authorise(net.sellerClerk, "Bank2MSP", "2027-03-11")); // 366 days
        assertRefused(net.authorise(net.sellerClerk, "Bank2MSP", "10/03/2027"), "INVALID_ARGUMENT");
    }

    @Test
    void onlyAnEnterpriseBoundToItsPartyAuthorisesAndOnlyBanks() {
        assertRefused(net.authorise(net.sellerClerk, "CorpMSP", "2026-06-30"), "INVALID_ARGUMENT");
        assertRefused(net.authorise(net.sellerClerk, "Bank 2", "2026-06-30"), "INVALID_ARGUMENT");
        assertRefused(
                net.authorise(net.unboundClerk, "Bank2MSP", "2026-06-30"), "CALLER_NOT_BOUND");
        assertRefused(net.authorise(net.bank2, "Bank2MSP", "2026-06-30"), "WRONG_ORGANISATION");
        assertRefused(
                net.authorise(net.regulator, "Bank2MSP", "2026-06-30"), "READ_ONLY_ORGANISATION");
        assertRefused(net.revoke(net.sellerClerk, "Bank2MSP"), "AUTHORISATION_NOT_FOUND");
    }

    @Test
    void anotherPartysAuthorisationDoesNotOpenThisPartysDocuments() {
        assertOk(net.authorise(net.otherClerk, "Bank2MSP", "2026-06-30"));
        refusedToBank2("AUTHORISATION_REQUIRED");
    }

    @Test
    void theOwnerTheAuthorityAndTheRegulatorReadOtherEnterprisesDoNot() {
        assertOk(net.evaluate(net.sellerClerk, "GetDocument", id));
        assertOk(net.evaluate(net.taxOfficer, "ListDocuments", VerificationNetwork.SELLER, "", ""));
        assertOk(net.evaluate(net.regulator, "GetDocument", id));
        assertRefused(net.evaluate(net.otherClerk, "GetDocument", id), "ACCESS_DENIED");
        assertRefused(
                net.evaluate(net.otherClerk, "ListDocuments", VerificationNetwork.SELLER, "", ""),
                "ACCESS_DENIED");
        assertRefused(net.evaluate(net.unboundClerk, "GetDocument", id), "CALLER_NOT_BOUND");
    }

    @Test
    void aBankReadsADocumentItHoldsALockOnWithoutAnAuthorisation() {
        assertOk(net.lock(net.bank2, invoice("03271801"), "B2-FIN-1", 1_000));
        JsonNode view = json(assertOk(net.evaluate(net.bank2, "GetDocument", id)));
        assertThat(view.get("locks").get(0).get("financingRef").asText()).isEqualTo("B2-FIN-1");
        assertRefused(
                net.evaluate(net.bank2, "ListDocuments", VerificationNetwork.SELLER, "", ""),
                "AUTHORISATION_REQUIRED");
    }

    @Test
    void aBankSeesOnlyItsOwnAuthorisationsThePartyAndTheRegulatorSeeAll() {
        assertOk(net.authorise(net.sellerClerk, "Bank1MSP", "2026-06-30"));
        assertOk(net.authorise(net.sellerClerk, "Bank2MSP", "2026-05-31"));
        JsonNode forBank2 =
                json(
                        assertOk(
                                net.evaluate(
                                        net.bank2,
                                        "ListAuthorisations",
                                        VerificationNetwork.SELLER)));
        assertThat(forBank2).extracting(a -> a.get("bankMsp").asText()).containsExactly("Bank2MSP");
        JsonNode forRegulator =
                json(
                        assertOk(
                                net.evaluate(
                                        net.regulator,
                                        "ListAuthorisations",
                                        VerificationNetwork.SELLER)));
        assertThat(forRegulator)
                .extracting(a -> a.get("bankMsp").asText())
                .containsExactly("Bank1MSP", "Bank2MSP");
        assertRefused(
                net.evaluate(net.otherClerk, "ListAuthorisations", VerificationNetwork.SELLER),
                "ACCESS_DENIED");
    }

    @Test
    void theAuthorityDoesNotReadWhomAnEnterpriseAuthorised() {
        assertOk(net.authorise(net.sellerClerk, "Bank1MSP", "2026-06-30"));
        assertRefused(
                net.evaluate(net.taxOfficer, "ListAuthorisations", VerificationNetwork.SELLER),
                "ACCESS_DENIED");
        assertThat(
                        json(
                                assertOk(
                                        net.evaluate(
                                                net.sellerClerk,
                                                "ListAuthorisations",
                                                VerificationNetwork.SELLER))))
                .extracting(a -> a.get("bankMsp").asText())
                .containsExactly("Bank1MSP");
    }
}
