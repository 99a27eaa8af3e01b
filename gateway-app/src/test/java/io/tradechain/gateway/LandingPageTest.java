package io.tradechain.gateway;

import static io.restassured.RestAssured.given;
import static io.tradechain.gateway.support.ApiScenarios.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tradechain.gateway.security.ApiUserDirectory;
import io.tradechain.gateway.security.DemoUser;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The landing page at /: every demo user with the organisation and the party the ledger binds it
 * to, every link answering, and each picture form asking for the query parameter its endpoint
 * declares in the OpenAPI document.
 */
@QuarkusTest
class LandingPageTest {
    private static final XPath XPATH = XPathFactory.newInstance().newXPath();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject ApiUserDirectory users;

    private Document page() throws Exception {
        Response response = given().redirects().follow(false).get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        return PicturesApiTest.parse(response.asByteArray());
    }

    @Test
    void everyDemoUserIsListedWithTheOrganisationAndPartyTheLedgerKnows() throws Exception {
        Document page = page();
        assertThat(users.all()).isNotEmpty();
        for (DemoUser user : users.all()) {
            Element row =
                    (Element)
                            XPATH.evaluate(
                                    "//table[@id='users']//tr[@data-user='"
                                            + user.username()
                                            + "']",
                                    page,
                                    XPathConstants.NODE);
            assertThat(row).as("row of %s", user.username()).isNotNull();
            assertThat(XPATH.evaluate("td[@class='user']", row)).isEqualTo(user.username());
            assertThat(XPATH.evaluate("td[@class='organisation']", row)).isEqualTo(user.mspId());
            assertThat(XPATH.evaluate("td[@class='roles']", row))
                    .isEqualTo(String.join(", ", user.roles()));
            JsonNode me =
                    MAPPER.readTree(
                            as(user.username())
                                    .get("/api/v1/me")
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .asString());
            if (me.path("party").hasNonNull("name")) {
                assertThat(XPATH.evaluate("td[@class='party']/span[@class='name']", row))
                        .as("party of %s", user.username())
                        .isEqualTo(me.path("party").path("name").asText());
            }
        }
        assertThat(
                        (Double)
                                XPATH.evaluate(
                                        "count(//table[@id='users']/tbody/tr)",
                                        page,
                                        XPathConstants.NUMBER))
                .isEqualTo((double) users.all().size());
    }

    @Test
    void everyLinkAnswersAndEveryFormMatchesItsEndpoint() throws Exception {
        Document page = page();
        NodeList links = (NodeList) XPATH.evaluate("//a/@href", page, XPathConstants.NODESET);
        List<String> hrefs = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            hrefs.add(links.item(i).getNodeValue());
        }
        assertThat(hrefs).contains("/q/swagger-ui", "/q/health", "/q/metrics");
        for (String href : hrefs) {
            assertThat(given().get(href).statusCode()).as(href).isEqualTo(200);
        }
        JsonNode openapi =
                MAPPER.readTree(
                        given().accept("application/json")
                                .get("/q/openapi?format=json")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString());
        NodeList forms = (NodeList) XPATH.evaluate("//form", page, XPathConstants.NODESET);
        assertThat(forms.getLength()).isEqualTo(2);
        for (int i = 0; i < forms.getLength(); i++) {
            Element form = (Element) forms.item(i);
            assertThat(form.getAttribute("method")).isEqualTo("get");
            JsonNode get = openapi.path("paths").path(form.getAttribute("action")).path("get");
            assertThat(get.isMissingNode())
                    .as("GET %s in the OpenAPI document", form.getAttribute("action"))
                    .isFalse();
            List<String> queries = new ArrayList<>();
            get.path("parameters")
                    .forEach(
                            p -> {
                                if ("query".equals(p.path("in").asText())) {
                                    queries.add(p.path("name").asText());
                                }
                            });
            NodeList inputs =
                    (NodeList) XPATH.evaluate(".//input/@name", form, XPathConstants.NODESET);
            assertThat(inputs.getLength()).isEqualTo(1);
            assertThat(queries).containsExactly(inputs.item(0).getNodeValue());
        }
    }
}
