package io.tradechain.gateway.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every error answer, an RFC 9457 problem ({@code application/problem+json}): {@code
 * type}, {@code title}, {@code status}, {@code detail}, {@code instance}, plus the stable machine
 * {@code code} (the table in docs/errors.md), the {@code details} that explain it and the
 * transaction id when the ledger saw the call. Build it with {@link #of} only, so every error of
 * the gateway has one shape.
 */
@Schema(
        name = "Problem",
        description =
                "RFC 9457 problem details; every 4xx/5xx answer has this body "
                        + "(media type application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(
                        description =
                                "URI naming the kind of problem: " + Problem.TYPE_PREFIX + "<code>",
                        required = true,
                        examples = Problem.TYPE_PREFIX + "PARTY_NOT_FOUND")
                String type,
        @Schema(
                        description = "The HTTP status's reason phrase",
                        required = true,
                        examples = "Not Found")
                String title,
        @Schema(description = "The HTTP status code", required = true, examples = "404") int status,
        @Schema(description = "What went wrong, for people", required = true) String detail,
        @Schema(
                        description = "The path of the request that failed",
                        examples = "/api/v1/parties/91310000MA1FL8TQ0X")
                String instance,
        @Schema(
                        description = "Stable machine-readable code (docs/errors.md)",
                        required = true,
                        examples = "PARTY_NOT_FOUND")
                String code,
        @Schema(
                        description =
                                "Field names and values that explain the error; amounts as minor units with their "
                                        + "currency in a separate field")
                SortedMap<String, String> details,
        @Schema(description = "Transaction id when the ledger saw the call") String txId) {

    /** The media type of every error answer. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** {@code type} is this prefix followed by the code. */
    public static final String TYPE_PREFIX = "urn:tradechain:problem:";

    /**
     * The problem of {@code code} answered with {@code status}, about the request at {@code
     * instance}.
     */
    public static Problem of(
            int status,
            String code,
            String detail,
            Map<String, String> details,
            String txId,
            String instance) {
        return new Problem(
                TYPE_PREFIX + code,
                title(status),
                status,
                detail,
                instance,
                code,
                details == null ? new TreeMap<>() : new TreeMap<>(details),
                txId);
    }

    /** The JAX-RS answer carrying this problem. */
    public Response response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    private static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 502 -> "Bad Gateway";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }
}
