package io.tradechain.gateway.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.tradechain.chaincode.common.StrictJson;
import io.tradechain.gateway.ledger.LedgerException;
import io.tradechain.gateway.security.ApiUser;
import io.tradechain.gateway.security.DemoUserIdentityProvider;
import io.tradechain.gateway.security.Writes;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an {@link Problem} with the right status: ledger and business errors
 * with the chaincode's code and the status {@link HttpStatusOf} gives their category and kind, bad
 * input as 400 with the field at fault, authentication and authorisation as 401/403, and anything
 * unexpected as a 500 that names no internals (the stack trace goes to the log only).
 */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @Inject SecurityIdentity identity;

    @Inject CurrentVertxRequest request;

    @ServerExceptionMapper
    public Response ledger(LedgerException e) {
        if (e.is(LedgerException.Category.CHAINCODE_FAILURE)) {
            // not the client's doing: the operator needs to see it (the peer's or chaincode's log
            // has the cause)
            LOG.warnf("chaincode failure in transaction %s: %s", e.txId(), e.getMessage());
        }
        return answer(HttpStatusOf.ledger(e), e.code(), e.getMessage(), e.details(), e.txId());
    }

    /**
     * A write's stage failed: answer for what is inside (a ledger refusal, mostly), as if it had
     * been thrown.
     */
    @ServerExceptionMapper
    public Response completion(java.util.concurrent.CompletionException e) {
        RuntimeException cause = LedgerException.unwrap(e);
        if (cause instanceof LedgerException ledger) {
            return ledger(ledger);
        }
        if (cause instanceof ApiException api) {
            return api(api);
        }
        return unexpected(cause);
    }

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return answer(e.status(), e.code(), e.getMessage(), e.details(), null);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        SortedMap<String, String> details = new TreeMap<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            details.merge(
                    field(violation.getPropertyPath().toString()),
                    violation.getMessage(),
                    (a, b) -> a + "; " + b);
        }
        String message =
                details.entrySet().stream()
                        .map(d -> d.getKey() + " " + d.getValue())
                        .collect(Collectors.joining(", "));
        return answer(400, "INVALID_REQUEST", message, details, null);
    }

    /**
     * Declared for this exact type so it wins over Quarkus' built-in mapper, which answers without
     * a body.
     */
    @ServerExceptionMapper
    public Response mismatch(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        SortedMap<String, String> details = new TreeMap<>();
        String code;
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            code = "UNKNOWN_FIELD";
            details.put("field", unknown.getPropertyName());
            message =
                    "unknown field '"
                            + unknown.getPropertyName()
                            + "'; allowed: "
                            + unknown.getKnownPropertyIds();
        } else if (e instanceof StrictJson.InvalidTextException text) {
            code = "MALFORMED_JSON";
            String path = path(text);
            details.put("field", path);
            message =
                    (path.isEmpty() ? "a text" : "field '" + path + "'")
                            + " holds an unpaired UTF-16 surrogate (such as \\ud800 without its pair); texts must be valid Unicode";
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                || e instanceof InvalidFormatException
                || e instanceof MismatchedInputException) {
            // a value of the wrong shape (2.7 or 1e8 for a whole number, "3" for a number, 123 for
            // a text, 0 for an
            // enum), or a number out of range, at a known place
            code = "WRONG_TYPE";
            String path = path((JsonMappingException) e);
            details.put("field", path);
            message =
                    path.isEmpty()
                            ? "the body has the wrong shape for this endpoint"
                            : "field '" + path + "' has the wrong type or value" + problem(e);
        } else {
            // not JSON, a duplicate key, or something after the body
            code = "MALFORMED_JSON";
            message =
                    "the body is not valid JSON"
                            + (e.getOriginalMessage() != null
                                            && e.getOriginalMessage().startsWith("Duplicate field")
                                    ? ": a key appears twice in one object"
                                    : "")
                            + (e.getOriginalMessage() != null
                                            && e.getOriginalMessage().contains("Trailing token")
                                    ? ": there is content after the body"
                                    : "")
                            + (e.getLocation() != null
                                    ? " (line "
                                            + e.getLocation().getLineNr()
                                            + ", column "
                                            + e.getLocation().getColumnNr()
                                            + ")"
                                    : "");
        }
        return answer(400, code, message, details, null);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Response.fromResponse(
                        answer(
                                401,
                                "NOT_AUTHENTICATED",
                                "authenticate with HTTP Basic or a bearer token",
                                null,
                                null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"tradechain\"")
                .build();
    }

    /**
     * A role check failed. For a user of a read-only organisation (the regulator) calling a write,
     * the reason that holds whatever its roles is the organisation: {@code READ_ONLY_ORGANISATION},
     * as {@code CurrentUser.writer()} answers when the roles let it through.
     */
    @ServerExceptionMapper
    public Response forbidden(
            ForbiddenException e, ContainerRequestContext request, ResourceInfo resource) {
        ApiUser user =
                identity == null || identity.isAnonymous()
                        ? null
                        : identity.getAttribute(DemoUserIdentityProvider.API_USER);
        if (user != null
                && user.isReadOnly()
                && Writes.isWrite(
                        request.getMethod(),
                        resource == null ? null : resource.getResourceMethod())) {
            return api(Writes.readOnly(user.mspId()));
        }
        return answer(
                403, "ROLE_NOT_ALLOWED", "your roles do not allow this operation", null, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        int status = e.getResponse().getStatus();
        String code =
                switch (status) {
                    case 404 -> "NOT_FOUND";
                    case 405 -> "METHOD_NOT_ALLOWED";
                    case 406 -> "NOT_ACCEPTABLE";
                    case 413 -> "PAYLOAD_TOO_LARGE";
                    case 415 -> "UNSUPPORTED_MEDIA_TYPE";
                    default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
                };
        String message = status >= 500 ? "internal error" : e.getMessage();
        return answer(status, code, message, null, null);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected error answering a request", e);
        return answer(
                500,
                "INTERNAL_ERROR",
                "internal error; the gateway log has the details",
                null,
                null);
    }

    /** The one way this class answers: a {@link Problem} about the current request. */
    private Response answer(
            int status,
            String code,
            String message,
            java.util.Map<String, String> details,
            String txId) {
        return Problem.of(status, code, message, details, txId, path()).response();
    }

    private String path() {
        try {
            return request.getCurrent() == null ? null : request.getCurrent().request().path();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** "register.request.creditCode" (method.param.field) becomes "creditCode". */
    private static String field(String propertyPath) {
        String[] parts = propertyPath.split("\\.");
        return parts.length >= 3
                ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }

    /**
     * Jackson's reason, without class names: "Cannot coerce Floating-point value (2.7) to
     * `long`..."
     */
    private static String problem(JsonProcessingException e) {
        String original = e.getOriginalMessage();
        if (original == null || original.isBlank()) {
            return "";
        }
        String first =
                original.lines()
                        .findFirst()
                        .orElse("")
                        .replaceAll("\\(class [^)]*\\)", "")
                        .replaceAll("`[a-z]+\\.[A-Za-z0-9_.$]+\\.([A-Za-z0-9_$]+)`", "$1")
                        .replace('`', '\'');
        int cut = first.indexOf(" (but could if ");
        if (cut > 0) {
            first = first.substring(0, cut);
        }
        return first.length() > 200 ? ": " + first.substring(0, 200) : ": " + first;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(
                        ref ->
                                ref.getFieldName() != null
                                        ? ref.getFieldName()
                                        : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
