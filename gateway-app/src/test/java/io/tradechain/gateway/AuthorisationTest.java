package io.tradechain.gateway;

import static io.restassured.RestAssured.given;
import static io.tradechain.gateway.support.ApiScenarios.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.tradechain.gateway.support.ApiScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class AuthorisationTest {
    private static final String NEW_PARTY =
            "{\"creditCode\":\"91330106MA2CF1L6NM\",\"name\":\"x\",\"kind\":\"SUPPLIER\"}";

    @Test
    void healthAndTheOpenApiDocumentNeedNoCredentials() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(
                        "paths.'/api/v1/parties'.post.summary",
                        equalTo("Register a party of your organisation (organisation admins)"));
    }

    @Test
    void everyApiEndpointNeedsCredentials() {
        given().get("/api/v1/parties")
                .then()
                .statusCode(401)
                .body("code", equalTo("NOT_AUTHENTICATED"));
        given().get("/api/v1/me").then().statusCode(401);
        given().contentType("application/json")
                .body(NEW_PARTY)
                .post("/api/v1/parties")
                .then()
                .statusCode(401);
    }

    @Test
    void aWrongPasswordIsRefused() {
        given().auth()
                .preemptive()
                .basic("bank1.officer", "not-demo")
                .get("/api/v1/parties")
                .then()
                .statusCode(401);
        given().auth()
                .preemptive()
                .basic("nobody", "demo")
                .get("/api/v1/parties")
                .then()
                .statusCode(401);
    }

    @ParameterizedTest(name = "{0} may not register parties")
    @CsvSource({"bank1.officer", "bank1.viewer", "coreco.treasurer"})
    void onlyAdminsRegisterParties(String user) {
        as(user).body(NEW_PARTY)
                .post("/api/v1/parties")
                .then()
                .statusCode(403)
                .body("code", equalTo("ROLE_NOT_ALLOWED"));
    }

    @Test
    void theRegulatorsViewerIsRefusedForItsOrganisationNotItsRole() {
        as("regulator.auditor")
                .body(NEW_PARTY)
                .post("/api/v1/parties")
                .then()
                .statusCode(403)
                .body("code", equalTo("READ_ONLY_ORGANISATION"));
    }

    @Test
    void theRegulatorsAdminIsStillReadOnly() {
        as("regulator.admin")
                .body(NEW_PARTY)
                .post("/api/v1/parties")
                .then()
                .statusCode(403)
                .body("code", equalTo("READ_ONLY_ORGANISATION"));
        as("regulator.admin")
                .body("{\"clientId\":\"x509::CN=a::CN=b\"}")
                .post("/api/v1/parties/identities/unbind")
                .then()
                .statusCode(403)
                .body("code", equalTo("READ_ONLY_ORGANISATION"));
    }

    @Test
    void theChaincodeRefusesAKindOfAnotherOrganisation() {
        as("bank1.admin")
                .body(NEW_PARTY)
                .post("/api/v1/parties")
                .then()
                .statusCode(403)
                .body("code", equalTo("KIND_NOT_ALLOWED_FOR_ORGANISATION"));
    }

    @Test
    void anAdminCannotBindToAnotherOrganisationsParty() {
        as("bank1.admin")
                .body("{\"clientId\":\"x509::CN=a,OU=client,O=Bank1MSP::CN=ca,O=Bank1MSP\"}")
                .post("/api/v1/parties/" + ApiScenarios.CORE + "/identities")
                .then()
                .statusCode(403)
                .body("code", equalTo("WRONG_ORGANISATION"));
    }

    @Test
    void identitiesOfAPartyAreHiddenFromOtherOrganisations() {
        as("bank2.officer")
                .get("/api/v1/parties/" + ApiScenarios.CORE + "/identities")
                .then()
                .statusCode(403)
                .body("code", equalTo("ACCESS_DENIED"));
        as("regulator.auditor")
                .get("/api/v1/parties/" + ApiScenarios.CORE + "/identities")
                .then()
                .statusCode(200);
    }
}
