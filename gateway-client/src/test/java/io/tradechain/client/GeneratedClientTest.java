package io.tradechain.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradechain.client.model.PageParty;
import io.tradechain.client.model.Problem;
import io.tradechain.client.model.WriteResultCreditLine;
import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The client generated from the gateway's OpenAPI document (this module's build generates and
 * compiles it) is one a bank can use: an API method per operation, named by its operationId,
 * answering the operation's own model (never an untyped Object or map), and models that read the
 * gateway's JSON (a committed write, a page, a problem).
 */
class GeneratedClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode document() throws Exception {
        return JSON.readTree(
                new File(
                        System.getProperty(
                                "gateway.openapi", "../gateway-app/target/openapi/openapi.json")));
    }

    /**
     * Every API class the generator wrote (one per OpenAPI tag), read from the compiled package, so
     * that a new tag needs no change here.
     */
    private static List<String> generatedApis() throws Exception {
        File folder =
                new File(
                        GeneratedClientTest.class
                                .getClassLoader()
                                .getResource("io/tradechain/client/api")
                                .toURI());
        List<String> apis = new ArrayList<>();
        for (String name : folder.list()) {
            if (name.endsWith("Api.class")) {
                apis.add(name.substring(0, name.length() - ".class".length()));
            }
        }
        apis.sort(null);
        assertThat(apis).as("generated API classes").hasSizeGreaterThanOrEqualTo(10);
        return apis;
    }

    private static Map<String, Method> generatedMethods() throws Exception {
        Map<String, Method> methods = new TreeMap<>();
        for (String api : generatedApis()) {
            for (Method method :
                    Class.forName("io.tradechain.client.api." + api).getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && !method.getName().endsWith("WithHttpInfo")) {
                    methods.putIfAbsent(method.getName(), method);
                }
            }
        }
        return methods;
    }

    @Test
    void everyOperationIsAMethodThatAnswersItsOwnModel() throws Exception {
        JsonNode document = document();
        Map<String, Method> methods = generatedMethods();
        List<String> problems = new ArrayList<>();
        Set<String> operationIds = new TreeSet<>();
        document.path("paths")
                .properties()
                .forEach(
                        path ->
                                path.getValue()
                                        .properties()
                                        .forEach(
                                                op -> {
                                                    if (!path.getKey().startsWith("/api/")) {
                                                        return;
                                                    }
                                                    String id =
                                                            op.getValue()
                                                                    .path("operationId")
                                                                    .asText();
                                                    operationIds.add(id);
                                                    Method method = methods.get(id);
                                                    if (method == null) {
                                                        problems.add(
                                                                id
                                                                        + ": no method in the generated client");
                                                        return;
                                                    }
                                                    JsonNode ok =
                                                            op.getValue()
                                                                            .path("responses")
                                                                            .has("201")
                                                                    ? op.getValue()
                                                                            .path("responses")
                                                                            .path("201")
                                                                    : op.getValue()
                                                                            .path("responses")
                                                                            .path("200");
                                                    String ref =
                                                            ok.path("content")
                                                                    .path("application/json")
                                                                    .path("schema")
                                                                    .path("$ref")
                                                                    .asText("");
                                                    if (!ref.isEmpty()) {
                                                        String model =
                                                                ref.substring(
                                                                        ref.lastIndexOf('/') + 1);
                                                        if (!method.getReturnType()
                                                                .getSimpleName()
                                                                .equals(model)) {
                                                            problems.add(
                                                                    id
                                                                            + " answers "
                                                                            + method.getReturnType()
                                                                                    .getSimpleName()
                                                                            + ", not "
                                                                            + model);
                                                        }
                                                    }
                                                    if (method.getReturnType() == Object.class
                                                            || Map.class.isAssignableFrom(
                                                                    method.getReturnType())) {
                                                        problems.add(
                                                                id
                                                                        + " answers an untyped "
                                                                        + method.getReturnType()
                                                                                .getSimpleName());
                                                    }
                                                }));
        assertThat(operationIds).hasSizeGreaterThan(80);
        assertThat(problems).isEmpty();
    }

    @Test
    void theModelsReadTheGatewaysAnswers() throws Exception {
        ObjectMapper client = new io.tradechain.client.JSON().getMapper();
        WriteResultCreditLine written =
                client.readValue(
                        """
                {"txId":"7d0f5e1c9a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d","blockNumber":12,
                 "replayed":false,"result":{"lineId":"Bank1MSP:91310000MA1FL8TQ0X","funderMsp":"Bank1MSP",
                 "debtorCode":"91310000MA1FL8TQ0X","limit":{"currency":"CNY","minorUnits":1000000000},
                 "used":{"currency":"CNY","minorUnits":0},"status":"ACTIVE","expiresOn":"2027-06-30"}}""",
                        WriteResultCreditLine.class);
        assertThat(written.getResult().getLimit().getMinorUnits()).isEqualTo(1_000_000_000L);
        assertThat(written.getResult().getStatus().getValue()).isEqualTo("ACTIVE");

        PageParty page =
                client.readValue(
                        """
                {"items":[{"creditCode":"91310000MA1FL8TQ0X","name":"Huadong","kind":"CORE_ENTERPRISE"}],
                 "bookmark":"","fetchedCount":1}""",
                        PageParty.class);
        assertThat(page.getItems()).hasSize(1);
        assertThat(page.getBookmark()).isEmpty();

        Problem problem =
                client.readValue(
                        """
                {"type":"urn:tradechain:problem:PARTY_NOT_FOUND","title":"Not Found","status":404,
                 "detail":"party 91310000MA1FL8TQ0X is not registered","instance":"/api/v1/parties/91310000MA1FL8TQ0X",
                 "code":"PARTY_NOT_FOUND","details":{"creditCode":"91310000MA1FL8TQ0X"}}""",
                        Problem.class);
        assertThat(problem.getCode()).isEqualTo("PARTY_NOT_FOUND");
        assertThat(problem.getDetails()).containsEntry("creditCode", "91310000MA1FL8TQ0X");
    }
}
