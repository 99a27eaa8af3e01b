package io.tradechain.gateway;

import static io.tradechain.gateway.support.ApiScenarios.as;
import static io.tradechain.gateway.support.ApiScenarios.money;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tradechain.gateway.security.ApiUserDirectory;
import io.tradechain.gateway.security.DemoUser;
import io.tradechain.gateway.support.ApiScenarios;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The pictures against the ledger: the SVG lineage shows every piece with its holder's registered
 * name, its amount and the financed marks, linked as the tree is; the HTML timeline shows every
 * step with a readable time and the acting party's name. For every demo user, a picture is refused
 * exactly when the JSON it is drawn from is.
 */
@QuarkusTest
class PicturesApiTest {
    private static final XPath XPATH = XPathFactory.newInstance().newXPath();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The contract reference of the L/C that {@code fixtures/lc-demo.json} applies for. */
    private static final String DEMO_CONTRACT_REF = "HD-SZ-2026-0920";

    @Inject ApiUserDirectory users;

    @Test
    void theLineageSvgShowsEveryPieceWithNameAmountAndFinancedMarks() throws Exception {
        Map<String, Object> invoice = ApiScenarios.invoice();
        ApiScenarios.registered(invoice);
        String rootId = ApiScenarios.issuedAndAccepted(6_000_000, ApiScenarios.today(90), invoice);
        var toB = ApiScenarios.transfer("suzhou.clerk", rootId, ApiScenarios.B, 3_000_000);
        String bPiece = toB.getString("result.transferred.pieceId");
        String aRest = toB.getString("result.remainder.pieceId");
        var toD = ApiScenarios.transfer("hangzhou.clerk", bPiece, ApiScenarios.D, 1_000_000);
        String bRest = toD.getString("result.remainder.pieceId");
        String approved = ApiScenarios.financingRequested("hangzhou.clerk", bRest, 2_000_000);
        as("bank1.officer")
                .body(
                        ApiScenarios.approval(
                                ApiScenarios.financingTerms(400, 0, 1_990_000), invoice))
                .post("/api/v1/receivables/financings/" + approved + "/approval")
                .then()
                .statusCode(200);
        as("suzhou.clerk")
                .body(Map.of("amount", money("CNY", 1_234_567)))
                .post("/api/v1/receivables/pieces/" + aRest + "/financing")
                .then()
                .statusCode(201);

        Response picture =
                as("coreco.treasurer").get("/api/v1/pictures/certificate-lineage?rootId=" + rootId);
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.contentType()).startsWith("image/svg+xml");
        Document svg = parse(picture.asByteArray());
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");

        List<JsonNode> pieces =
                flatten(
                        MAPPER.readTree(
                                as("coreco.treasurer")
                                        .get("/api/v1/receivables/certificates/" + rootId + "/tree")
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .asString()));
        assertThat(pieces).hasSizeGreaterThanOrEqualTo(8);
        Map<String, JsonNode> parties = new HashMap<>();
        int financed = 0;
        int financing = 0;
        for (JsonNode piece : pieces) {
            String id = piece.path("pieceId").asText();
            Element box =
                    (Element)
                            XPATH.evaluate(
                                    "//g[@data-piece-id='" + id + "']", svg, XPathConstants.NODE);
            assertThat(box).as("box of piece %s", id).isNotNull();
            JsonNode holder =
                    parties.computeIfAbsent(
                            piece.path("holderCode").asText(), PicturesApiTest::party);
            assertThat(text(box, "holder")).isEqualTo(holder.path("name").asText());
            assertThat(text(box, "amount")).isEqualTo(expectedMoney(piece.path("amount")));
            assertThat(text(box, "status")).isEqualTo(piece.path("status").asText());
            boolean isFinanced = "BANK".equals(holder.path("kind").asText());
            boolean isFinancing = "FINANCING".equals(piece.path("status").asText());
            String classes = box.getAttribute("class");
            assertThat(classes.contains("financed"))
                    .as("financed mark of %s", id)
                    .isEqualTo(isFinanced);
            assertThat(classes.contains("financing"))
                    .as("financing mark of %s", id)
                    .isEqualTo(isFinancing);
            assertThat(text(box, "mark"))
                    .isEqualTo(isFinanced ? "FINANCED" : isFinancing ? "FINANCING REQUESTED" : "");
            financed += isFinanced ? 1 : 0;
            financing += isFinancing ? 1 : 0;
            JsonNode parent = piece.get("parentId");
            if (parent != null && !parent.isNull()) {
                assertThat(
                                (Double)
                                        XPATH.evaluate(
                                                "count(//path[@data-from='"
                                                        + parent.asText()
                                                        + "' and @data-to='"
                                                        + id
                                                        + "'])",
                                                svg,
                                                XPathConstants.NUMBER))
                        .as("edge to %s", id)
                        .isEqualTo(1.0);
            }
        }
        assertThat(financed).as("pieces held by the bank").isEqualTo(1);
        assertThat(financing).as("pieces offered for financing").isEqualTo(1);
        assertThat(
                        (Double)
                                XPATH.evaluate(
                                        "count(//g[@data-piece-id])", svg, XPathConstants.NUMBER))
                .isEqualTo((double) pieces.size());
        assertThat(picture.asString())
                .doesNotContain(ApiScenarios.A)
                .doesNotContain(ApiScenarios.B);
    }

    @Test
    void theTimelineHtmlShowsEveryStepWithReadableTimeAndPartyNames() throws Exception {
        String lcId = demoLcId();
        JsonNode timeline =
                MAPPER.readTree(
                        as("bank1.officer")
                                .get("/api/v1/lcs/" + lcId + "/timeline")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString());
        JsonNode terms =
                MAPPER.readTree(
                        as("bank1.officer")
                                .get("/api/v1/lcs/" + lcId + "/terms")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString());
        Response page = as("bank1.officer").get("/api/v1/pictures/lc-timeline?lcId=" + lcId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        Document html = parse(page.asByteArray());

        Map<String, String> banks = new HashMap<>();
        for (JsonNode bank :
                MAPPER.readTree(
                                as("bank1.officer")
                                        .get("/api/v1/parties?kind=BANK&pageSize=200")
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .asString())
                        .path("items")) {
            banks.put(bank.path("mspId").asText(), bank.path("name").asText());
        }
        String applicant = party(terms.path("applicantCode").asText()).path("name").asText();
        String beneficiary = party(terms.path("beneficiaryCode").asText()).path("name").asText();
        JsonNode lc = timeline.path("lc");
        assertThat(XPATH.evaluate("//dd[@id='applicant']", html)).isEqualTo(applicant);
        assertThat(XPATH.evaluate("//dd[@id='beneficiary']", html)).isEqualTo(beneficiary);
        assertThat(XPATH.evaluate("//dd[@id='issuing-bank']", html))
                .isEqualTo(banks.get(lc.path("issuingBankMsp").asText()));
        assertThat(XPATH.evaluate("//dd[@id='advising-bank']", html))
                .isEqualTo(banks.get(lc.path("advisingBankMsp").asText()));
        assertThat(XPATH.evaluate("//dd[@id='status']", html))
                .isEqualTo(lc.path("status").asText());

        DateTimeFormatter readable =
                DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'", Locale.ENGLISH);
        Map<String, String> byRole =
                Map.of(
                        "APPLICANT",
                        applicant,
                        "BENEFICIARY",
                        beneficiary,
                        "ISSUING_BANK",
                        banks.get(lc.path("issuingBankMsp").asText()),
                        "ADVISING_BANK",
                        banks.get(lc.path("advisingBankMsp").asText()));
        JsonNode steps = timeline.path("steps");
        assertThat(steps.size()).isGreaterThanOrEqualTo(4);
        assertThat((Double) XPATH.evaluate("count(//tbody/tr)", html, XPathConstants.NUMBER))
                .isEqualTo((double) steps.size());
        for (JsonNode step : steps) {
            Element row =
                    (Element)
                            XPATH.evaluate(
                                    "//tr[@data-seq='" + step.path("seq").asInt() + "']",
                                    html,
                                    XPathConstants.NODE);
            assertThat(row).as("row of step %s", step.path("seq")).isNotNull();
            assertThat(row.getAttribute("data-tx-id")).isEqualTo(step.path("txId").asText());
            Instant at = Instant.parse(step.path("at").asText());
            assertThat(XPATH.evaluate("td[@class='when']/time", row))
                    .isEqualTo(readable.format(at.atZone(ZoneOffset.UTC)));
            assertThat(XPATH.evaluate("td[@class='action']", row))
                    .isEqualTo(step.path("action").asText());
            String role = step.path("actorRole").asText("");
            if (byRole.containsKey(role)) {
                assertThat(XPATH.evaluate("td[@class='who']/span[@class='party']", row))
                        .isEqualTo(byRole.get(role));
            }
        }
    }

    /**
     * The L/C that {@code fixtures/lc-demo.json} plays at start-up, found by its contract
     * reference: other test classes in this Quarkus instance apply for L/Cs of their own, so the
     * list's order says nothing about which one is the demo's.
     */
    private static String demoLcId() throws Exception {
        JsonNode list =
                MAPPER.readTree(
                        as("bank1.officer")
                                .get("/api/v1/lcs?pageSize=200")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString());
        List<String> demo = new ArrayList<>();
        for (JsonNode item : list.path("items")) {
            String id = item.path("lcId").asText();
            JsonNode terms =
                    MAPPER.readTree(
                            as("bank1.officer")
                                    .get("/api/v1/lcs/" + id + "/terms")
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .asString());
            if (DEMO_CONTRACT_REF.equals(terms.path("contractRef").asText())) {
                demo.add(id);
            }
        }
        assertThat(demo).as("L/Cs of the demo contract %s", DEMO_CONTRACT_REF).hasSize(1);
        return demo.get(0);
    }

    /**
     * For every demo user: the SVG is refused exactly when the tree is, the HTML exactly when the
     * timeline is.
     */
    @Test
    void aPictureIsRefusedToWhoeverMayNotReadItsData() throws Exception {
        String rootId =
                ApiScenarios.issuedAndAccepted(
                        500_000, ApiScenarios.today(30), ApiScenarios.sharedInvoice());
        String lcId = demoLcId();
        List<String> compared = new ArrayList<>();
        int refused = 0;
        for (DemoUser user : users.all()) {
            refused +=
                    sameOutcome(
                            user.username(),
                            "/api/v1/receivables/certificates/" + rootId + "/tree",
                            "/api/v1/pictures/certificate-lineage?rootId=" + rootId);
            refused +=
                    sameOutcome(
                            user.username(),
                            "/api/v1/lcs/" + lcId + "/timeline",
                            "/api/v1/pictures/lc-timeline?lcId=" + lcId);
            compared.add(user.username());
        }
        assertThat(compared).hasSize(users.all().size());
        assertThat(refused).as("refusals among the pairs").isGreaterThan(4);
        // an unknown certificate or L/C is a 404, as in JSON
        String unknown = "0".repeat(64);
        sameOutcome(
                "coreco.treasurer",
                "/api/v1/receivables/certificates/" + unknown + "/tree",
                "/api/v1/pictures/certificate-lineage?rootId=" + unknown);
        sameOutcome(
                "bank1.officer",
                "/api/v1/lcs/" + unknown + "/timeline",
                "/api/v1/pictures/lc-timeline?lcId=" + unknown);
        as("bank1.officer").get("/api/v1/pictures/lc-timeline?lcId=nope").then().statusCode(400);
        as("bank1.officer").get("/api/v1/pictures/certificate-lineage").then().statusCode(400);
    }

    /**
     * Asks both as the user: the same status, and when refused the same JSON code. Returns 1 if
     * refused.
     */
    private static int sameOutcome(String user, String json, String picture) {
        Response data = as(user).get(json);
        Response drawn = as(user).get(picture);
        assertThat(drawn.statusCode())
                .as("%s: %s vs %s", user, picture, json)
                .isEqualTo(data.statusCode());
        if (data.statusCode() == 200) {
            return 0;
        }
        assertThat(drawn.contentType()).startsWith("application/problem+json");
        assertThat(drawn.jsonPath().getString("code")).isEqualTo(data.jsonPath().getString("code"));
        return 1;
    }

    private static JsonNode party(String code) {
        try {
            return MAPPER.readTree(
                    as("regulator.auditor")
                            .get("/api/v1/parties/" + code)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<JsonNode> flatten(JsonNode node) {
        List<JsonNode> all = new ArrayList<>();
        all.add(node);
        node.path("children").forEach(child -> all.addAll(flatten(child)));
        return all;
    }

    private static String expectedMoney(JsonNode amount) {
        return amount.path("currency").asText()
                + " "
                + String.format(
                        Locale.ROOT,
                        "%,.2f",
                        BigDecimal.valueOf(amount.path("minorUnits").asLong(), 2));
    }

    private static String text(Element box, String kind) throws Exception {
        return XPATH.evaluate("text[@class='" + kind + "']", box);
    }

    static Document parse(byte[] markup) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(markup));
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
