package io.tradechain.gateway.http;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.error.Problem;
import io.tradechain.gateway.ledger.LedgerPort;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Read-your-writes across organisations. Every organisation's gateway endorses and reads on its own
 * peer, and peers commit a block independently of each other: right after one organisation's
 * gateway answered a write (in block N), another organisation's peer may not have committed block N
 * yet, and a request there that depends on the write would be simulated on a state without it (seen
 * on a real network: a bank's approval of a financing request answered 404 FINANCING_NOT_FOUND 50
 * ms after the enterprise's gateway had answered the request's commit).
 *
 * <p>A client that depends on a write sends {@code After-Block: N}, the {@code blockNumber} of that
 * write's answer; this gateway then handles the request only once its peer has committed block N
 * (height above N), waiting up to {@code tradechain.commit.after-block-wait} without holding a
 * worker thread. A peer still behind after that answers 503 {@code LEDGER_BEHIND} with {@code
 * Retry-After}; a value that is not one block number answers 400 {@code INVALID_AFTER_BLOCK}.
 * Without the header nothing waits.
 */
public class AfterBlockFilter {
    /** The request header naming the block the request depends on. */
    public static final String HEADER = "After-Block";

    static final String INVALID = "INVALID_AFTER_BLOCK";
    static final String BEHIND = "LEDGER_BEHIND";

    /** A block number in decimal, no sign, no leading zero, at most 18 digits (fits a long). */
    static final Pattern FORMAT = Pattern.compile("0|[1-9][0-9]{0,17}");

    @Inject LedgerPort ledger;
    @Inject GatewayConfig config;
    @Inject SecurityIdentity identity;

    @ServerRequestFilter(priority = Priorities.USER + 10)
    public Uni<Response> awaitBlock(HttpServerRequest request) {
        List<String> values = request.headers().getAll(HEADER);
        if (values.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        String path = request.path();
        String value = values.get(0).trim();
        if (values.size() > 1 || !FORMAT.matcher(value).matches()) {
            return Uni.createFrom().item(invalid(path));
        }
        if (identity == null || identity.isAnonymous()) {
            // nobody waits, or learns the peer's height, before being authenticated: the request
            // goes on to its 401
            return Uni.createFrom().nullItem();
        }
        long block = Long.parseLong(value);
        return BlockWait.untilAbove(
                        ledger::height,
                        block,
                        config.commit().afterBlockWait(),
                        Infrastructure.getDefaultWorkerPool())
                .onItem()
                .transform(
                        outcome ->
                                outcome.committed()
                                        ? (Response) null
                                        : behind(path, block, outcome.height()));
    }

    private static Response invalid(String path) {
        TreeMap<String, String> details = new TreeMap<>();
        details.put("header", HEADER);
        return Problem.of(
                        400,
                        "INVALID_AFTER_BLOCK",
                        HEADER
                                + " must be one header holding one block number (the blockNumber of a "
                                + "write's answer): 0 or a positive integer of at most 18 digits",
                        details,
                        null,
                        path)
                .response();
    }

    private Response behind(String path, long block, long height) {
        TreeMap<String, String> details = new TreeMap<>();
        details.put("afterBlock", Long.toString(block));
        details.put("height", Long.toString(height));
        Duration waited = config.commit().afterBlockWait();
        return Response.fromResponse(
                        Problem.of(
                                        503,
                                        "LEDGER_BEHIND",
                                        "this organisation's peer has not committed block "
                                                + block
                                                + " yet (its height is "
                                                + height
                                                + " after waiting "
                                                + waited.toMillis()
                                                + " ms); send the request again",
                                        details,
                                        null,
                                        path)
                                .response())
                .header("Retry-After", "1")
                .build();
    }
}
