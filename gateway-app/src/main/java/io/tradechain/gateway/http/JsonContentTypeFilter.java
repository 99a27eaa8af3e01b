package io.tradechain.gateway.http;

import io.tradechain.gateway.error.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An endpoint that reads a request body reads it only as the media type the client declares:
 * without a {@code Content-Type}, or with a wildcard one ({@code *}{@code /*}), the body is not
 * taken for JSON but refused with 415 {@code UNSUPPORTED_MEDIA_TYPE} (a wrong type is refused by
 * JAX-RS itself, answered the same way by {@code ErrorMappers}). Endpoints without a body (most
 * actions) need no header.
 */
public class JsonContentTypeFilter {
    private static final Map<Method, Boolean> READS_BODY = new ConcurrentHashMap<>();

    @ServerRequestFilter(priority = Priorities.USER)
    public Response refuseBodyWithoutType(HttpServerRequest request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null
                || declaresType(request.getHeader(HttpHeaders.CONTENT_TYPE))
                || !READS_BODY.computeIfAbsent(method, JsonContentTypeFilter::readsBody)) {
            return null;
        }
        TreeMap<String, String> details = new TreeMap<>();
        details.put("header", HttpHeaders.CONTENT_TYPE);
        details.put("expected", MediaType.APPLICATION_JSON);
        return Problem.of(
                        415,
                        "UNSUPPORTED_MEDIA_TYPE",
                        "this endpoint reads a request body: send it with "
                                + "Content-Type: application/json",
                        details,
                        null,
                        request.path())
                .response();
    }

    /**
     * A concrete media type; a wildcard such as {@code *}{@code /*} (what some clients send)
     * declares nothing.
     */
    static boolean declaresType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim();
        int slash = type.indexOf('/');
        return slash > 0 && !type.startsWith("*") && !type.substring(slash + 1).startsWith("*");
    }

    /** A parameter without any JAX-RS annotation is the request body. */
    static boolean readsBody(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean bound = false;
            for (Annotation annotation : parameter.getAnnotations()) {
                String name = annotation.annotationType().getName();
                if (name.startsWith("jakarta.ws.rs.")
                        || name.startsWith("org.jboss.resteasy.reactive.")) {
                    bound = true;
                    break;
                }
            }
            if (!bound) {
                return true;
            }
        }
        return false;
    }
}
