package io.tradechain.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.tradechain.gateway.error.Problem;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

/**
 * The contract a bank generates its client from, checked for every operation of the served document
 * at once: each has a unique operationId; a success answer and every response with a typed schema
 * (no Jackson tree, no untyped object, no bare array); errors are documented as problem+json;
 * creations say 201 with a Location header, exactly for the resource methods that answer so; lists
 * are the one page envelope and take pageSize and bookmark.
 */
@QuarkusTest
class OpenApiContractMatrixTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Properties Jackson's JsonNode shows when it is described as a bean. */
    private static final Set<String> TREE_PROPERTIES =
            Set.of(
                    "nodeType",
                    "valueNode",
                    "containerNode",
                    "missingNode",
                    "pojo",
                    "array",
                    "bigDecimal",
                    "empty",
                    "textual");

    private static final Set<String> ENVELOPE = Set.of("items", "bookmark", "fetchedCount");

    private static JsonNode document;
    private static JsonNode schemas;

    /** The served document, read once (in a test: RestAssured knows the port only then). */
    private static synchronized void load() throws Exception {
        if (document != null) {
            return;
        }
        document =
                JSON.readTree(
                        given().accept("application/json")
                                .get("/q/openapi?format=json")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString());
        schemas = document.path("components").path("schemas");
    }

    private record Op(String method, String path, JsonNode node) {
        String name() {
            return method.toUpperCase() + " " + path;
        }
    }

    private static List<Op> operations() throws Exception {
        load();
        List<Op> all = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(
                        path -> {
                            if (path.getKey().startsWith("/api/")) {
                                path.getValue()
                                        .properties()
                                        .forEach(
                                                op ->
                                                        all.add(
                                                                new Op(
                                                                        op.getKey(),
                                                                        path.getKey(),
                                                                        op.getValue())));
                            }
                        });
        assertThat(all).as("operations in the document").hasSizeGreaterThan(80);
        return all;
    }

    @Test
    void everyOperationHasAUniqueOperationId() throws Exception {
        List<String> missing = new ArrayList<>();
        Map<String, List<String>> byId = new TreeMap<>();
        for (Op op : operations()) {
            String id = op.node().path("operationId").asText("");
            if (id.isBlank()) {
                missing.add(op.name());
            } else {
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(op.name());
            }
        }
        assertThat(missing).as("operations without an operationId").isEmpty();
        assertThat(byId.entrySet().stream().filter(e -> e.getValue().size() > 1).toList())
                .as("operationIds used twice")
                .isEmpty();
    }

    @Test
    void everyResponseHasATypedSchema() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Op op : operations()) {
            op.node()
                    .path("responses")
                    .properties()
                    .forEach(
                            response -> {
                                JsonNode content = response.getValue().path("content");
                                String where = op.name() + " " + response.getKey();
                                if (content.isEmpty()) {
                                    problems.add(where + ": no content");
                                }
                                content.properties()
                                        .forEach(
                                                media -> {
                                                    JsonNode schema =
                                                            media.getValue().path("schema");
                                                    if (schema.isMissingNode()) {
                                                        problems.add(
                                                                where
                                                                        + " "
                                                                        + media.getKey()
                                                                        + ": no schema");
                                                        return;
                                                    }
                                                    if (media.getKey().contains("json")
                                                            || media.getKey()
                                                                    .equals("text/event-stream")) {
                                                        if ("array".equals(type(schema))) {
                                                            problems.add(
                                                                    where
                                                                            + ": a bare array (lists are {items, bookmark, fetchedCount})");
                                                        }
                                                        checkTyped(
                                                                schema,
                                                                where,
                                                                problems,
                                                                new HashSet<>());
                                                    }
                                                });
                            });
        }
        assertThat(problems).isEmpty();
    }

    /**
     * A schema and everything it refers to: each is a $ref, a typed value, or an object with typed
     * properties.
     */
    private static void checkTyped(
            JsonNode schema, String where, List<String> problems, Set<String> seen) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
            if (!seen.add(name)) {
                return;
            }
            JsonNode target = schemas.path(name);
            if (target.isMissingNode()) {
                problems.add(where + ": refers to a missing schema " + name);
                return;
            }
            if (name.matches("(?i).*(JsonNode|ObjectNode|ArrayNode|^Object)$")) {
                problems.add(where + ": a Jackson tree or Object (" + name + ")");
            }
            checkTyped(target, where + " > " + name, problems, seen);
            return;
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode part : schema.path(combined)) {
                checkTyped(part, where, problems, seen);
            }
        }
        if (schema.has("allOf") || schema.has("oneOf") || schema.has("anyOf")) {
            return;
        }
        String type = type(schema);
        if (type == null) {
            problems.add(where + ": a schema without a type " + schema);
            return;
        }
        if ("object".equals(type)) {
            JsonNode properties = schema.path("properties");
            JsonNode additional = schema.path("additionalProperties");
            if (properties.isEmpty() && !additional.isObject()) {
                problems.add(where + ": an object without properties");
            }
            properties
                    .properties()
                    .forEach(
                            p -> {
                                if (TREE_PROPERTIES.contains(p.getKey())) {
                                    problems.add(
                                            where
                                                    + ": property "
                                                    + p.getKey()
                                                    + " of a Jackson tree");
                                }
                                checkTyped(p.getValue(), where + "." + p.getKey(), problems, seen);
                            });
            if (additional.isObject()) {
                checkTyped(additional, where + ".*", problems, seen);
            }
        }
        if ("array".equals(type)) {
            checkTyped(schema.path("items"), where + "[]", problems, seen);
        }
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
            return null;
        }
        return type.isTextual() ? type.asText() : null;
    }

    @Test
    void everyOperationDocumentsItsErrorsAsProblems() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Op op : operations()) {
            Set<String> statuses = new TreeSet<>();
            op.node().path("responses").properties().forEach(r -> statuses.add(r.getKey()));
            if (statuses.stream().noneMatch(s -> s.startsWith("4"))) {
                problems.add(op.name() + ": no error documented");
            }
            for (String required : List.of("401", "403", "503")) {
                if (!statuses.contains(required)) {
                    problems.add(op.name() + ": no " + required);
                }
            }
            if (statuses.stream().noneMatch(s -> s.startsWith("2"))) {
                problems.add(op.name() + ": no success answer documented");
            }
            boolean body = op.node().has("requestBody");
            if (body
                    && !(statuses.contains("400")
                            && statuses.contains("413")
                            && statuses.contains("415"))) {
                problems.add(op.name() + ": reads a body but documents not 400, 413 and 415");
            }
            if (op.path().contains("{") && !statuses.contains("404")) {
                problems.add(op.name() + ": names a record but documents no 404");
            }
            op.node()
                    .path("responses")
                    .properties()
                    .forEach(
                            r -> {
                                if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                                    JsonNode schema =
                                            r.getValue()
                                                    .path("content")
                                                    .path(Problem.MEDIA_TYPE)
                                                    .path("schema");
                                    if (!"#/components/schemas/Problem"
                                            .equals(schema.path("$ref").asText())) {
                                        problems.add(
                                                op.name()
                                                        + " "
                                                        + r.getKey()
                                                        + ": not a problem+json Problem");
                                    }
                                }
                            });
        }
        assertThat(problems).isEmpty();
        JsonNode problem = schemas.path("Problem").path("properties");
        for (String field :
                List.of("type", "title", "status", "detail", "instance", "code", "details")) {
            assertThat(problem.has(field)).as("Problem has " + field).isTrue();
        }
    }

    /**
     * A resource method that answers 201 (it returns a RestResponse built by WriteResult.created)
     * is documented with 201 and a Location header, and no other operation claims 201; operationIds
     * are method names.
     */
    @Test
    void creationsAreDocumentedAs201WithLocationExactlyWhereTheCodeCreates() throws Exception {
        Set<String> creating = new TreeSet<>();
        Set<String> methods = new TreeSet<>();
        for (Class<?> resource : resourceClasses()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (!java.lang.reflect.Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                methods.add(method.getName());
                if (answersRestResponse(method.getGenericReturnType())) {
                    creating.add(method.getName());
                }
            }
        }
        assertThat(creating).as("creating resource methods").hasSizeGreaterThanOrEqualTo(15);
        Set<String> documented201 = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Op op : operations()) {
            String id = op.node().path("operationId").asText();
            assertThat(methods).as("operationId " + id + " names a resource method").contains(id);
            JsonNode responses = op.node().path("responses");
            if (responses.has("201")) {
                documented201.add(id);
                if (responses.has("200")) {
                    problems.add(op.name() + ": documents both 200 and 201");
                }
                if (!responses.path("201").path("headers").has("Location")) {
                    problems.add(op.name() + ": 201 without a Location header");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(documented201).isEqualTo(creating);
    }

    @Test
    void everyListIsTheOnePageEnvelopeAndTakesPageSizeAndBookmark() throws Exception {
        List<String> problems = new ArrayList<>();
        int lists = 0;
        for (Op op : operations()) {
            JsonNode schema =
                    op.node()
                            .path("responses")
                            .path("200")
                            .path("content")
                            .path("application/json")
                            .path("schema");
            if (!schema.has("$ref")) {
                continue;
            }
            JsonNode target =
                    schemas.path(schema.path("$ref").asText().replace("#/components/schemas/", ""));
            Set<String> fields = new TreeSet<>();
            target.path("properties").fieldNames().forEachRemaining(fields::add);
            if (!fields.contains("items")) {
                continue;
            }
            lists++;
            if (!fields.equals(ENVELOPE)) {
                problems.add(op.name() + ": list envelope " + fields);
            }
            Set<String> query = new TreeSet<>();
            op.node()
                    .path("parameters")
                    .forEach(
                            p -> {
                                if ("query".equals(p.path("in").asText())) {
                                    query.add(p.path("name").asText());
                                }
                            });
            if (!query.containsAll(List.of("pageSize", "bookmark"))) {
                problems.add(op.name() + ": a list without pageSize and bookmark " + query);
            }
        }
        assertThat(lists).as("list operations").isGreaterThanOrEqualTo(14);
        assertThat(problems).isEmpty();
    }

    private static boolean answersRestResponse(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            if (parameterized.getRawType() == RestResponse.class) {
                return true;
            }
            if (parameterized.getRawType() == CompletionStage.class) {
                return answersRestResponse(parameterized.getActualTypeArguments()[0]);
            }
        }
        return false;
    }

    /**
     * Every JAX-RS resource class of the gateway (found by scanning, so a new resource cannot be
     * forgotten).
     */
    private static List<Class<?>> resourceClasses() throws Exception {
        List<Class<?>> classes = new ArrayList<>();
        for (com.tngtech.archunit.core.domain.JavaClass type :
                new com.tngtech.archunit.core.importer.ClassFileImporter()
                        .withImportOption(
                                com.tngtech.archunit.core.importer.ImportOption.Predefined
                                        .DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.tradechain.gateway")) {
            if (type.isAnnotatedWith(Path.class) && !type.isInterface()) {
                classes.add(Class.forName(type.getName()));
            }
        }
        assertThat(classes).as("resource classes").hasSizeGreaterThanOrEqualTo(13);
        return classes;
    }
}
