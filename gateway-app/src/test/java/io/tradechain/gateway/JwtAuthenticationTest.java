package io.tradechain.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The production path: bearer tokens signed by the identity provider's key (here the test key of
 * src/test/resources/jwt), whose claims name the user's organisation, roles and signing identity.
 */
@QuarkusTest
class JwtAuthenticationTest {
    private static final String ISSUER = "https://idp.test.tradechain.example";

    private static PrivateKey testKey() throws Exception {
        String pem =
                Files.readString(Path.of("src/test/resources/jwt/test-private.pem"))
                        .replaceAll("-----[A-Z ]+-----", "")
                        .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    private static JwtClaimsBuilder claims(
            String user, String org, String identity, String... roles) {
        JwtClaimsBuilder builder =
                Jwt.issuer(ISSUER).upn(user).groups(Set.of(roles)).expiresIn(300);
        if (org != null) {
            builder.claim("org", org);
        }
        if (identity != null) {
            builder.claim("fabric_identity", identity);
        }
        return builder;
    }

    private static io.restassured.specification.RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    @Test
    void aValidTokenActsAsItsUserAndParty() throws Exception {
        String token =
                claims("treasurer@coreco", "CorpMSP", "coreco-treasurer", "operator")
                        .claim("party", "91310115MA1K4HQ27W")
                        .sign(testKey());
        bearer(token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("treasurer@coreco"))
                .body("mspId", equalTo("CorpMSP"))
                .body("party.creditCode", equalTo("91310115MA1K4HQ27W"));
    }

    @Test
    void anAdminTokenWritesAndARegulatorTokenIsRefusedWrites() throws Exception {
        String code = TestCodes.fresh();
        String body =
                "{\"creditCode\":\"" + code + "\",\"name\":\"令牌测试供应商\",\"kind\":\"SUPPLIER\"}";
        bearer(claims("admin@corp", "CorpMSP", "corp-admin", "admin").sign(testKey()))
                .body(body)
                .post("/api/v1/parties")
                .then()
                .statusCode(201);
        bearer(
                        claims("admin@regulator", "RegulatorMSP", "regulator-admin", "admin")
                                .sign(testKey()))
                .body(body)
                .post("/api/v1/parties")
                .then()
                .statusCode(403)
                .body("code", equalTo("READ_ONLY_ORGANISATION"));
    }

    @Test
    void aViewerTokenCannotWrite() throws Exception {
        bearer(claims("viewer@bank1", "Bank1MSP", "bank1-viewer", "viewer").sign(testKey()))
                .body(
                        "{\"creditCode\":\""
                                + TestCodes.fresh()
                                + "\",\"name\":\"x\",\"kind\":\"BANK\"}")
                .post("/api/v1/parties")
                .then()
                .statusCode(403);
    }

    @Test
    void tokensThatMustNotPassAre401() throws Exception {
        PrivateKey otherKey = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        bearer(claims("x", "CorpMSP", "corp-admin", "admin").sign(otherKey))
                .get("/api/v1/me")
                .then()
                .statusCode(401);
        bearer(claims("x", null, "corp-admin", "admin").sign(testKey()))
                .get("/api/v1/me")
                .then()
                .statusCode(401);
        bearer(claims("x", "CorpMSP", null, "admin").sign(testKey()))
                .get("/api/v1/me")
                .then()
                .statusCode(401);
        bearer(claims("x", "CorpMSP", "corp-admin", "superuser").sign(testKey()))
                .get("/api/v1/me")
                .then()
                .statusCode(401);
        bearer(
                        Jwt.issuer("https://evil.example")
                                .upn("x")
                                .groups("admin")
                                .claim("org", "CorpMSP")
                                .claim("fabric_identity", "corp-admin")
                                .sign(testKey()))
                .get("/api/v1/me")
                .then()
                .statusCode(401);
        bearer(claims("x", "CorpMSP", "corp-admin", "admin").expiresAt(1_000_000L).sign(testKey()))
                .get("/api/v1/me")
                .then()
                .statusCode(401);
        bearer("not.a.token").get("/api/v1/me").then().statusCode(401);
    }
}
