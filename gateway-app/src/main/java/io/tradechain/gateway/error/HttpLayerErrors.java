package io.tradechain.gateway.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Errors answered by the HTTP layer before any resource is reached, given the same JSON {@link
 * Problem} as every other error: a failed authentication (wrong password, unknown user, bad token)
 * is 401 {@code NOT_AUTHENTICATED} with the authentication mechanism's {@code WWW-Authenticate}
 * challenge, and a body whose declared length exceeds {@code quarkus.http.limits.max-body-size} is
 * 413 {@code PAYLOAD_TOO_LARGE} (Quarkus would answer both without a body).
 */
@ApplicationScoped
public class HttpLayerErrors {
    private static final Logger LOG = Logger.getLogger(HttpLayerErrors.class);

    /** Before Quarkus' own length check (order -2), which answers 413 with an empty body. */
    private static final int BEFORE_BODY_LIMIT = -3;

    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    private final ObjectMapper mapper;
    private final Optional<MemorySize> maxBodySize;

    public HttpLayerErrors(
            ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size")
                    Optional<MemorySize> maxBodySize) {
        this.mapper = mapper;
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        maxBodySize.ifPresent(
                limit ->
                        router.route()
                                .order(BEFORE_BODY_LIMIT)
                                .handler(
                                        context ->
                                                refuseOversizedBody(context, limit.asLongValue())));
        router.route().order(Integer.MIN_VALUE).failureHandler(this::authenticationFailed);
    }

    private void refuseOversizedBody(RoutingContext context, long limit) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long declared;
        try {
            declared = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            declared = -1;
        }
        if (declared <= limit) {
            context.next();
            return;
        }
        TreeMap<String, String> details = new TreeMap<>();
        details.put("limit", Long.toString(limit));
        details.put("contentLength", Long.toString(declared));
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        send(
                context,
                413,
                "PAYLOAD_TOO_LARGE",
                "the request body is larger than " + limit + " bytes",
                details);
    }

    private void authenticationFailed(RoutingContext context) {
        Throwable failure = context.failure();
        if (!(failure instanceof AuthenticationFailedException
                        || failure instanceof AuthenticationCompletionException)
                || context.response().headWritten()) {
            context.next();
            return;
        }
        String code = "NOT_AUTHENTICATED";
        String message = "authentication failed: unknown user, wrong password or an invalid token";
        if (context.response().headers().contains(WWW_AUTHENTICATE)) {
            send(context, 401, code, message, null); // the mechanism's challenge is set already
            return;
        }
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            context.response().putHeader(WWW_AUTHENTICATE, "Basic realm=\"tradechain\"");
            send(context, 401, code, message, null);
            return;
        }
        authenticator
                .getChallenge(context)
                .subscribe()
                .with(
                        challenge -> {
                            ChallengeData data = challenge;
                            if (data != null
                                    && data.headerName != null
                                    && data.headerContent != null) {
                                context.response().putHeader(data.headerName, data.headerContent);
                            } else {
                                context.response()
                                        .putHeader(WWW_AUTHENTICATE, "Basic realm=\"tradechain\"");
                            }
                            send(context, 401, code, message, null);
                        },
                        error -> {
                            LOG.debug("no authentication challenge", error);
                            context.response()
                                    .putHeader(WWW_AUTHENTICATE, "Basic realm=\"tradechain\"");
                            send(context, 401, code, message, null);
                        });
    }

    private void send(
            RoutingContext context,
            int status,
            String code,
            String message,
            java.util.Map<String, String> details) {
        Problem body = Problem.of(status, code, message, details, null, context.request().path());
        String json;
        try {
            json = mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            json = "{\"code\":\"" + body.code() + "\"}";
        }
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(json);
    }
}
