package io.tradechain.gateway;

import static io.tradechain.gateway.support.ApiScenarios.BANK1;
import static io.tradechain.gateway.support.ApiScenarios.CORE;
import static io.tradechain.gateway.support.ApiScenarios.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartyApiTest {

    @Test
    void theDemoPartiesAreSeededAndListed() {
        as("bank1.officer")
                .get("/api/v1/parties?pageSize=200")
                .then()
                .statusCode(200)
                .body("items.creditCode", hasItem(CORE))
                .body("items.creditCode", hasItem(BANK1))
                .body("fetchedCount", greaterThan(5));
        as("regulator.auditor")
                .get("/api/v1/parties?kind=BANK")
                .then()
                .statusCode(200)
                .body("items", hasSize(2));
    }

    @Test
    void aSeededUserActsForItsParty() {
        as("coreco.treasurer")
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("mspId", equalTo("CorpMSP"))
                .body("party.creditCode", equalTo(CORE))
                .body("party.kind", equalTo("CORE_ENTERPRISE"))
                .body("readOnly", equalTo(false));
        as("regulator.auditor")
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("party", nullValue())
                .body("readOnly", equalTo(true));
    }

    @Test
    void oneParty() {
        as("bank2.officer")
                .get("/api/v1/parties/" + CORE)
                .then()
                .statusCode(200)
                .body("name", equalTo("上海华东重工装备股份有限公司"));
    }

    @Test
    void anUnknownPartyIs404WithTheChaincodesCode() {
        String unknown = "91310115MA1K4HQ28" + checkCharacter("91310115MA1K4HQ28");
        as("bank2.officer")
                .get("/api/v1/parties/" + unknown)
                .then()
                .statusCode(404)
                .body("code", equalTo("PARTY_NOT_FOUND"))
                .body("detail", containsString(unknown));
    }

    @Test
    void anAdminRegistersAPartyAndBindsAnIdentityToIt() {
        String code = "91330106MA2CF1AB1" + checkCharacter("91330106MA2CF1AB1");
        as("corp.admin")
                .body("{\"creditCode\":\"" + code + "\",\"name\":\"测试供应商\",\"kind\":\"SUPPLIER\"}")
                .post("/api/v1/parties")
                .then()
                .statusCode(201)
                .body("txId", notNullValue())
                .body("blockNumber", greaterThan(0))
                .body("result.creditCode", equalTo(code));

        as("corp.admin")
                .body("{\"creditCode\":\"" + code + "\",\"name\":\"again\",\"kind\":\"SUPPLIER\"}")
                .post("/api/v1/parties")
                .then()
                .statusCode(409)
                .body("code", equalTo("PARTY_ALREADY_REGISTERED"));

        String clientId =
                "x509::CN=new-clerk,OU=client,O=CorpMSP::CN=ca.corp.tradechain.example,O=CorpMSP";
        as("corp.admin")
                .body("{\"clientId\":\"" + clientId + "\"}")
                .post("/api/v1/parties/" + code + "/identities")
                .then()
                .statusCode(201)
                .body("result.creditCode", equalTo(code));
        as("corp.admin")
                .get("/api/v1/parties/" + code + "/identities")
                .then()
                .statusCode(200)
                .body("items.clientId", hasItem(clientId));
        as("corp.admin")
                .body("{\"clientId\":\"" + clientId + "\"}")
                .post("/api/v1/parties/identities/unbind")
                .then()
                .statusCode(200)
                .body("result.clientId", equalTo(clientId));
    }

    @Test
    void history() {
        as("regulator.auditor")
                .get("/api/v1/parties/" + BANK1 + "/history")
                .then()
                .statusCode(200)
                .body("items[0].value.creditCode", equalTo(BANK1));
    }

    static char checkCharacter(String first17) {
        return io.tradechain.chaincode.common.CreditCode.checkCharacter(first17);
    }
}
