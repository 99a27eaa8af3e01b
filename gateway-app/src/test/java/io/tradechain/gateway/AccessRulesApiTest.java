package io.tradechain.gateway;

import static io.tradechain.gateway.support.ApiScenarios.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.tradechain.gateway.support.ApiScenarios;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reads and bindings the access table does not allow are refused by the chaincode, hence by the
 * gateway.
 */
@QuarkusTest
class AccessRulesApiTest {
    /**
     * Ningbo (tier-2 supplier): no other test reads its documents as a bank, so its authorisation
     * disturbs none.
     */
    private static final String NINGBO = "91330206MA2H7PB41J";

    private static final String AUTHORISATIONS =
            "/api/v1/verification/parties/" + NINGBO + "/authorisations";

    @Test
    void taxAndCustomsOfficersDoNotReadAnEnterprisesBankAuthorisations() {
        as("ningbo.clerk")
                .body(
                        Map.of(
                                "bankMsp",
                                "Bank1MSP",
                                "expiresOn",
                                LocalDate.now(ZoneOffset.UTC).plusDays(10).toString()))
                .post("/api/v1/verification/authorisations")
                .then()
                .statusCode(201);
        try {
            for (String officer : new String[] {"tax.officer", "customs.officer"}) {
                as(officer)
                        .get(AUTHORISATIONS)
                        .then()
                        .statusCode(403)
                        .body("code", equalTo("ACCESS_DENIED"));
            }
            as("ningbo.clerk")
                    .get(AUTHORISATIONS)
                    .then()
                    .statusCode(200)
                    .body("items.bankMsp", hasItem("Bank1MSP"));
            as("regulator.auditor")
                    .get(AUTHORISATIONS)
                    .then()
                    .statusCode(200)
                    .body("items.bankMsp", hasItem("Bank1MSP"));
            as("bank1.officer")
                    .get(AUTHORISATIONS)
                    .then()
                    .statusCode(200)
                    .body("items.bankMsp", everyItem(equalTo("Bank1MSP")));
            as("bank2.officer")
                    .get(AUTHORISATIONS)
                    .then()
                    .statusCode(200)
                    .body("items.bankMsp", not(hasItem("Bank1MSP")));
        } finally {
            as("ningbo.clerk")
                    .post("/api/v1/verification/authorisations/Bank1MSP/revocation")
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void anAdminCannotBindAnIdentityOfAnotherOrganisation() {
        String bank1Identity =
                "x509::CN=intruder,OU=client,O=Bank1MSP::CN=ca.bank1.tradechain.example,O=Bank1MSP";
        as("corp.admin")
                .body(Map.of("clientId", bank1Identity))
                .post("/api/v1/parties/" + ApiScenarios.CORE + "/identities")
                .then()
                .statusCode(403)
                .body("code", equalTo("IDENTITY_OF_ANOTHER_ORGANISATION"))
                .body("details.field", equalTo("clientId"));
        as("corp.admin")
                .get("/api/v1/parties/" + ApiScenarios.CORE + "/identities")
                .then()
                .statusCode(200)
                .body("items.clientId", not(hasItem(bank1Identity)));
    }
}
