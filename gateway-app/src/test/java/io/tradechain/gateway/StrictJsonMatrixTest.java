package io.tradechain.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tradechain.gateway.support.ApiScenarios;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The class of defect "a value silently changed on its way in", for every operation of the OpenAPI
 * document that takes a JSON body: starting from the document's own example, each integer field as
 * 2.7, as "3" and as 1e8, each text as 123, each enum as 0, an unpaired surrogate, a duplicate key,
 * trailing garbage and no Content-Type, sent by a user whose roles allow the call. Every variant
 * must answer 4xx with a JSON error body carrying a code (never 2xx, never 5xx, never an empty
 * body), and the ledger must not move.
 */
@QuarkusTest
class StrictJsonMatrixTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Tried in this order until the roles let the call through (the chaincode decides the rest).
     */
    private static final List<String> USERS =
            List.of("bank1.officer", "corp.admin", "coreco.treasurer");

    private static final Pattern REPEATED_CLASS =
            Pattern.compile("\\[([^\\]]+)\\]\\{(\\d+)(,\\d*)?\\}");

    record Variant(String name, String body, boolean contentType) {}

    @Test
    void everyHostileBodyIsRefusedWithAnErrorBodyAndWritesNothing() throws Exception {
        JsonNode document =
                JSON.readTree(
                        given().accept("application/json")
                                .get("/q/openapi?format=json")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString());
        JsonNode schemas = document.path("components").path("schemas");
        long heightBefore = ApiScenarios.ledgerHeight();
        List<String> failures = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode media =
                        operation
                                .getValue()
                                .path("requestBody")
                                .path("content")
                                .path("application/json");
                if (media.isMissingNode()) {
                    continue;
                }
                operations++;
                String method = operation.getKey().toUpperCase();
                String url = concretePath(path.getKey(), operation.getValue());
                JsonNode schema = resolve(media.path("schema"), schemas);
                JsonNode example = example(media, schema, schemas);
                assertThat(example).as("example of " + method + " " + path.getKey()).isNotNull();
                String user = allowedUser(method, url);
                for (Variant variant : variants(example, schema, schemas)) {
                    requests++;
                    Response response = send(user, method, url, variant);
                    String problem = check(response);
                    if (problem != null) {
                        failures.add(
                                method
                                        + " "
                                        + url
                                        + " ["
                                        + variant.name()
                                        + "] as "
                                        + user
                                        + ": "
                                        + problem);
                    }
                }
            }
        }
        assertThat(operations).as("operations with a JSON body").isGreaterThanOrEqualTo(32);
        assertThat(requests).as("hostile requests sent").isGreaterThan(operations * 4);
        assertThat(failures).as("hostile bodies not refused properly").isEmpty();
        assertThat(ApiScenarios.ledgerHeight())
                .as("ledger height after " + requests + " hostile requests")
                .isEqualTo(heightBefore);
    }

    /** The first user whose roles let a harmless (empty-object) request past the role check. */
    private static String allowedUser(String method, String url) {
        for (String user : USERS) {
            Response probe = ApiScenarios.as(user).body("{\"__probe__\":1}").request(method, url);
            String code = probe.jsonPath().getString("code");
            if (probe.statusCode() != 403 || !"ROLE_NOT_ALLOWED".equals(code)) {
                return user;
            }
        }
        throw new AssertionError("no test user may call " + method + " " + url);
    }

    private static Response send(String user, String method, String url, Variant variant) {
        RequestSpecification request =
                given().auth()
                        .preemptive()
                        .basic(user, "demo")
                        .body(variant.body().getBytes(StandardCharsets.UTF_8));
        if (variant.contentType()) {
            request = request.contentType("application/json");
        } else {
            request = request.noContentType();
        }
        return request.request(method, url);
    }

    /** Null when the answer is a proper refusal; what is wrong otherwise. */
    private static String check(Response response) {
        int status = response.statusCode();
        String text = response.asString();
        if (status < 400 || status >= 500) {
            return "answered " + status + ": " + text;
        }
        if (text == null || text.isBlank()) {
            return "answered " + status + " with an empty body";
        }
        try {
            JsonNode body = JSON.readTree(text);
            if (!body.path("code").isTextual() || body.path("code").asText().isBlank()) {
                return "answered " + status + " without a code: " + text;
            }
        } catch (Exception e) {
            return "answered " + status + " with a body that is not JSON: " + text;
        }
        return null;
    }

    private static List<Variant> variants(JsonNode example, JsonNode schema, JsonNode schemas)
            throws Exception {
        List<Variant> variants = new ArrayList<>();
        String valid = JSON.writeValueAsString(example);
        List<List<Object>> integers = new ArrayList<>();
        List<List<Object>> texts = new ArrayList<>();
        List<List<Object>> enums = new ArrayList<>();
        collect(example, schema, schemas, new ArrayList<>(), integers, texts, enums);
        for (List<Object> at : integers) {
            variants.add(new Variant(at + " = 2.7", replaced(example, at, "2.7"), true));
            variants.add(new Variant(at + " = \"3\"", replaced(example, at, "\"3\""), true));
            variants.add(new Variant(at + " = 1e8", replaced(example, at, "1e8"), true));
        }
        for (List<Object> at : texts) {
            variants.add(new Variant(at + " = 123", replaced(example, at, "123"), true));
        }
        for (List<Object> at : enums) {
            variants.add(new Variant(at + " = 0", replaced(example, at, "0"), true));
        }
        if (!texts.isEmpty()) {
            variants.add(
                    new Variant(
                            texts.get(0) + " = lone surrogate",
                            replaced(example, texts.get(0), "\"a\\ud800\""),
                            true));
        }
        if (example.isObject() && example.size() > 0) {
            String first = example.fieldNames().next();
            variants.add(
                    new Variant(
                            "duplicate key " + first,
                            "{"
                                    + JSON.writeValueAsString(first)
                                    + ":"
                                    + JSON.writeValueAsString(example.get(first))
                                    + ","
                                    + valid.substring(1),
                            true));
        }
        variants.add(new Variant("trailing garbage", valid + " garbage", true));
        variants.add(new Variant("no Content-Type", valid, false));
        return variants;
    }

    /** Paths (field names and indexes) of integer, text and enum values of the example. */
    private static void collect(
            JsonNode value,
            JsonNode schema,
            JsonNode schemas,
            List<Object> at,
            List<List<Object>> integers,
            List<List<Object>> texts,
            List<List<Object>> enums) {
        JsonNode resolved = resolve(schema, schemas);
        if (value.isIntegralNumber()) {
            integers.add(List.copyOf(at));
        } else if (value.isTextual()) {
            if (resolved.has("enum")) {
                enums.add(List.copyOf(at));
            }
            texts.add(List.copyOf(at));
        } else if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                List<Object> next = new ArrayList<>(at);
                next.add(field.getKey());
                collect(
                        field.getValue(),
                        resolved.path("properties").path(field.getKey()),
                        schemas,
                        next,
                        integers,
                        texts,
                        enums);
            }
        } else if (value.isArray() && value.size() > 0) {
            List<Object> next = new ArrayList<>(at);
            next.add(0);
            collect(value.get(0), resolved.path("items"), schemas, next, integers, texts, enums);
        }
    }

    private static String replaced(JsonNode example, List<Object> at, String rawJson)
            throws Exception {
        JsonNode copy = example.deepCopy();
        String marker = "\"__HOSTILE_VALUE__\"";
        JsonNode parent = copy;
        for (int i = 0; i < at.size() - 1; i++) {
            parent =
                    at.get(i) instanceof Integer index
                            ? parent.get(index)
                            : parent.get((String) at.get(i));
        }
        Object last = at.get(at.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, JsonNodeFactory.instance.textNode("__HOSTILE_VALUE__"));
        } else {
            ((ObjectNode) parent).put((String) last, "__HOSTILE_VALUE__");
        }
        return JSON.writeValueAsString(copy).replace(marker, rawJson);
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            current =
                    schemas.path(
                            current.path("$ref").asText().replace("#/components/schemas/", ""));
        }
        if (current.has("allOf") && current.path("allOf").size() == 1) {
            return resolve(current.path("allOf").get(0), schemas);
        }
        return current;
    }

    /**
     * The example of the body: on the media type, on its schema, or built from its fields'
     * examples.
     */
    private static JsonNode example(JsonNode media, JsonNode schema, JsonNode schemas) {
        if (media.has("example")) {
            return media.get("example");
        }
        if (media.has("examples") && media.path("examples").size() > 0) {
            JsonNode first = media.path("examples").elements().next();
            return first.has("value") ? first.get("value") : first;
        }
        return built(schema, schemas, 0);
    }

    private static JsonNode built(JsonNode schema, JsonNode schemas, int depth) {
        JsonNode resolved = resolve(schema, schemas);
        if (resolved.has("example")) {
            return parsedIfJsonText(resolved.get("example"), resolved);
        }
        if (resolved.has("examples")
                && resolved.path("examples").isArray()
                && resolved.path("examples").size() > 0) {
            return parsedIfJsonText(resolved.path("examples").get(0), resolved);
        }
        if (depth > 6) {
            return null;
        }
        if (resolved.has("properties")) {
            ObjectNode object = JSON.createObjectNode();
            for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
                JsonNode value = built(property.getValue(), schemas, depth + 1);
                if (value != null) {
                    object.set(property.getKey(), value);
                }
            }
            return object;
        }
        if ("array".equals(type(resolved))) {
            JsonNode item = built(resolved.path("items"), schemas, depth + 1);
            ArrayNode array = JSON.createArrayNode();
            if (item != null) {
                array.add(item);
            }
            return array;
        }
        if (resolved.has("enum")) {
            return resolved.path("enum").get(0);
        }
        return switch (type(resolved)) {
            case "integer" -> JsonNodeFactory.instance.numberNode(1);
            case "boolean" -> JsonNodeFactory.instance.booleanNode(false);
            case "string" -> JsonNodeFactory.instance.textNode("x");
            default -> null;
        };
    }

    /**
     * An example written as JSON text on an object schema ({@code example = "{...}"}) is that
     * object.
     */
    private static JsonNode parsedIfJsonText(JsonNode example, JsonNode schema) {
        if (example.isTextual()
                && !"string".equals(type(schema))
                && example.asText().trim().startsWith("{")) {
            try {
                return JSON.readTree(example.asText());
            } catch (Exception e) {
                return example;
            }
        }
        return example;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        return type.asText("");
    }

    /** The path with each parameter filled with a value its pattern accepts. */
    private static String concretePath(String template, JsonNode operation) {
        String result = template;
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"path".equals(parameter.path("in").asText())) {
                continue;
            }
            result =
                    result.replace(
                            "{" + parameter.path("name").asText() + "}",
                            sample(parameter.path("schema")));
        }
        return result.replaceAll("\\{[^}]+}", "1");
    }

    private static String sample(JsonNode schema) {
        String pattern = schema.path("pattern").asText("");
        Matcher repeated = REPEATED_CLASS.matcher(pattern);
        if (repeated.matches()) {
            String characters = repeated.group(1);
            char first = characters.charAt(0);
            return String.valueOf(first == '\\' ? '0' : first)
                    .repeat(Integer.parseInt(repeated.group(2)));
        }
        return "1";
    }
}
