package io.tradechain.gateway.http;

import io.tradechain.gateway.error.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the served OpenAPI document with what holds for every operation of the API, so that no
 * operation can forget it: the Idempotency-Key header of writes, the After-Block header, 201 with a
 * Location header for creations (marked {@link WriteResult#CREATES_EXTENSION}), the error answers
 * each operation can give as {@code application/problem+json} {@link Problem}s, and the production
 * bearer scheme beside {@code basic}.
 */
public class ApiContractDocumentation implements OASFilter {
    static final String BEARER = "bearer";

    /**
     * Marks a JSON list operation whose page is also served as CSV ({@code Accept: text/csv}, by a
     * hidden twin method): the document adds the text/csv answer and its X-Bookmark header.
     */
    public static final String CSV_EXTENSION = "x-csv";

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        addBearerScheme(openAPI);
        openAPI.getPaths()
                .getPathItems()
                .forEach(
                        (path, item) -> {
                            if (path.startsWith("/api/")) {
                                item.getOperations()
                                        .forEach(
                                                (method, operation) ->
                                                        complete(path, method, operation));
                            }
                        });
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        boolean evaluation =
                operation.getExtensions() != null
                        && operation.getExtensions().containsKey(Evaluation.OPENAPI_EXTENSION);
        boolean write =
                !evaluation
                        && (method == PathItem.HttpMethod.POST
                                || method == PathItem.HttpMethod.PUT
                                || method == PathItem.HttpMethod.PATCH
                                || method == PathItem.HttpMethod.DELETE);
        if (write) {
            operation.addParameter(idempotencyKey());
        }
        operation.addParameter(afterBlock());
        if (operation.getExtensions() != null
                && operation.getExtensions().containsKey(WriteResult.CREATES_EXTENSION)) {
            created(operation);
        }
        if (operation.getExtensions() != null
                && operation.getExtensions().containsKey(CSV_EXTENSION)) {
            csv(operation);
        }
        errors(path, operation, write);
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            operation.addSecurityRequirement(
                    OASFactory.createSecurityRequirement().addScheme(BEARER));
        }
    }

    /**
     * The success answer of a creation is 201 with a Location header; the document says so and not
     * 200.
     */
    private static void created(Operation operation) {
        APIResponses responses = operation.getResponses();
        APIResponse ok = responses.getAPIResponse("200");
        APIResponse created =
                OASFactory.createAPIResponse()
                        .description(
                                "Created and committed; Location names "
                                        + "where to read what was created");
        if (ok != null) {
            created.content(ok.getContent());
            responses.removeAPIResponse("200");
        }
        created.addHeader(
                "Location",
                OASFactory.createHeader()
                        .required(true)
                        .description("The path of the created resource, e.g. /api/v1/lcs/{lcId}")
                        .schema(
                                OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .format("uri-reference")));
        responses.addAPIResponse("201", created);
    }

    /**
     * The same page as CSV: amounts as integer minor units with a currency column; the next
     * bookmark in a header.
     */
    private static void csv(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null) {
            return;
        }
        ok.getContent()
                .addMediaType(
                        "text/csv",
                        OASFactory.createMediaType()
                                .schema(
                                        OASFactory.createSchema()
                                                .addType(Schema.SchemaType.STRING)
                                                .description(
                                                        "A header line, then one line per item; amounts in "
                                                                + "minor units, each with its currency column")));
        ok.addHeader(
                "X-Bookmark",
                OASFactory.createHeader()
                        .description(
                                "CSV only: the bookmark of the next page, " + "empty on the last")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }

    /**
     * The errors an operation can answer: bad input (400) where it takes parameters or a body; 401
     * and 403 for every operation; 404 where it names something or writes; 409 and 422 (state
     * conflicts, business rules, a reused Idempotency-Key) for writes; 413 and 415 where it reads a
     * body; 502 and 503 when the ledger fails or is unreachable. An error response the operation
     * declares itself keeps its description and gets the problem body.
     */
    private static void errors(String path, Operation operation, boolean write) {
        boolean parameters =
                operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean body = operation.getRequestBody() != null;
        Map<String, String> errors = new LinkedHashMap<>();
        if (parameters || body) {
            errors.put(
                    "400",
                    "Bad input: INVALID_REQUEST, MALFORMED_JSON, WRONG_TYPE, UNKNOWN_FIELD, "
                            + "INVALID_ARGUMENT, INVALID_CURSOR, INVALID_IDEMPOTENCY_KEY...");
        }
        errors.put("401", "Not authenticated: NOT_AUTHENTICATED");
        errors.put(
                "403", "Not allowed: ROLE_NOT_ALLOWED, READ_ONLY_ORGANISATION, ACCESS_DENIED...");
        if (path.contains("{") || write) {
            errors.put(
                    "404",
                    "Not found: the named record does not exist (PARTY_NOT_FOUND, LC_NOT_FOUND...)");
        }
        if (write) {
            errors.put("409", "Conflict with the record's state or an existing record");
            errors.put(
                    "422",
                    "A business rule refuses it, or the Idempotency-Key was used for another request "
                            + "(IDEMPOTENCY_KEY_REUSED)");
        }
        if (body) {
            errors.put("413", "The body is larger than the limit: PAYLOAD_TOO_LARGE");
            errors.put(
                    "415",
                    "The body's Content-Type is missing or not accepted: UNSUPPORTED_MEDIA_TYPE");
        }
        errors.put(
                "502",
                "A chaincode failed for a reason that is not the request's: CHAINCODE_FAILURE");
        errors.put("503", "The ledger cannot be reached now; retry later: LEDGER_UNAVAILABLE");
        APIResponses responses = operation.getResponses();
        if (responses.getAPIResponses() != null) {
            // error responses an operation declared itself, beyond the list above
            responses
                    .getAPIResponses()
                    .forEach(
                            (status, response) -> {
                                if (status.startsWith("4") || status.startsWith("5")) {
                                    errors.putIfAbsent(status, response.getDescription());
                                }
                            });
        }
        errors.forEach(
                (status, description) -> {
                    APIResponse declared = responses.getAPIResponse(status);
                    APIResponse response =
                            declared != null ? declared : OASFactory.createAPIResponse();
                    if (response.getDescription() == null || response.getDescription().isBlank()) {
                        response.description(description);
                    }
                    response.content(problem());
                    responses.addAPIResponse(status, response);
                });
    }

    private static Content problem() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    /**
     * Writes take an optional Idempotency-Key. No example value: Swagger UI would send the same key
     * with every write of a session, and the second write would be refused as
     * IDEMPOTENCY_KEY_REUSED.
     */
    private static Parameter idempotencyKey() {
        return OASFactory.createParameter()
                .name(IdempotencyKey.HEADER)
                .in(Parameter.In.HEADER)
                .required(false)
                .description(
                        "Optional. A fresh value (a UUID) per logical request; send the same value again only "
                                + "when you retry that request: the first commit wins and the retry answers its result with "
                                + "replayed=true, committing nothing. Reusing a key for a different request is 422 "
                                + "IDEMPOTENCY_KEY_REUSED. 1 to 128 of A-Z a-z 0-9 . _ : -")
                .schema(
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .pattern("[A-Za-z0-9._:-]{1,128}"));
    }

    /** Every operation may wait for a block another organisation's write was committed in. */
    private static Parameter afterBlock() {
        return OASFactory.createParameter()
                .name(AfterBlockFilter.HEADER)
                .in(Parameter.In.HEADER)
                .required(false)
                .description(
                        "Optional. The blockNumber of a write this request depends on, typically one answered by "
                                + "another organisation's gateway: this gateway handles the request only once its own "
                                + "peer has committed that block, waiting a few seconds at most (503 LEDGER_BEHIND, "
                                + "with Retry-After, if it has not). Peers commit blocks independently, so without it a "
                                + "request sent right after another organisation's write may not see that write.")
                .schema(
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int64")
                                .minimum(java.math.BigDecimal.ZERO)
                                .maximum(new java.math.BigDecimal("999999999999999999")));
    }

    /**
     * The production scheme: bearer tokens (JWT) of the organisation's identity provider
     * (docs/operations.md).
     */
    private static void addBearerScheme(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSecurityScheme(
                BEARER,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description(
                                "Production: a JWT of the organisation's identity "
                                        + "provider (claims upn, groups, org, fabric_identity, party); see docs/operations.md"));
        SecurityScheme basic =
                components.getSecuritySchemes() == null
                        ? null
                        : components.getSecuritySchemes().get("basic");
        if (basic != null) {
            basic.description(
                    "Demo and tests: HTTP Basic with a user of fixtures/users.json (password demo); turn "
                            + "it off in production (QUARKUS_HTTP_AUTH_BASIC=false)");
        }
    }
}
