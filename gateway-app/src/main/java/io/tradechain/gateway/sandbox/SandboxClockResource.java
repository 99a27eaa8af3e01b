package io.tradechain.gateway.sandbox;

import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.error.ApiException;
import io.tradechain.gateway.error.Problem;
import io.tradechain.gateway.ledger.LedgerClock;
import io.tradechain.gateway.security.CurrentUser;
import io.tradechain.gateway.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * The sandbox clock: organisation admins move the embedded ledger's clock forward so that
 * integrators can reach maturities, settlement, overdue dates, authorisation expiries and L/C
 * payment dates through the API. Off unless {@code tradechain.sandbox.clock-enabled=true}; never on
 * a Fabric network (the gateway refuses to start so configured), where both operations answer 404
 * {@code SANDBOX_CLOCK_DISABLED}.
 */
@Path("/api/v1/sandbox/clock")
@Tag(name = "Sandbox", description = "Embedded-ledger sandbox only: the ledger clock")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SandboxClockResource {
    /** The code of every answer while the sandbox clock is off. */
    public static final String DISABLED = "SANDBOX_CLOCK_DISABLED";

    private static final Logger LOG = Logger.getLogger(SandboxClockResource.class);

    private final GatewayConfig config;
    private final LedgerClock clock;
    private final CurrentUser currentUser;

    public SandboxClockResource(GatewayConfig config, LedgerClock clock, CurrentUser currentUser) {
        this.config = config;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(
            operationId = "getSandboxClock",
            summary = "The embedded ledger's clock (sandbox only)",
            description =
                    "What the next transaction's timestamp and every chaincode's today will be.")
    @APIResponse(
            responseCode = "200",
            description = "The clock",
            content = @Content(schema = @Schema(implementation = ClockView.class)))
    @APIResponse(
            responseCode = "404",
            description = DISABLED + ": the sandbox clock is off, or the ledger is Fabric",
            content = @Content(schema = @Schema(implementation = Problem.class)))
    public ClockView getSandboxClock() {
        currentUser.get();
        requireEnabled();
        return view();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "moveSandboxClock",
            summary = "Move the embedded ledger's clock forward (admins, " + "sandbox only)",
            description =
                    "By {advanceDays} or to {toDate} (the same time of day on that date). "
                            + "Time never moves back. Every later transaction, on every organisation's behalf, gets the new time.")
    @APIResponse(
            responseCode = "200",
            description = "The clock after the move",
            content = @Content(schema = @Schema(implementation = ClockView.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "INVALID_REQUEST (not exactly one of advanceDays and toDate, "
                            + "out of range) or CLOCK_ONLY_MOVES_FORWARD (toDate not after today)",
            content = @Content(schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "ROLE_NOT_ALLOWED (not an admin), READ_ONLY_ORGANISATION",
            content = @Content(schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = DISABLED + ": the sandbox clock is off, or the ledger is Fabric",
            content = @Content(schema = @Schema(implementation = Problem.class)))
    public ClockView moveSandboxClock(@Valid @NotNull ClockMove move) {
        String who = currentUser.writer().username();
        requireEnabled();
        if ((move.advanceDays() == null) == (move.toDate() == null)) {
            throw ApiException.badRequest(
                    "INVALID_REQUEST",
                    "give exactly one of advanceDays and toDate",
                    Map.of("field", "advanceDays"));
        }
        synchronized (clock) {
            Instant before = clock.instant();
            Instant after =
                    move.advanceDays() != null
                            ? clock.advance(Duration.ofDays(move.advanceDays()))
                            : clock.advanceTo(target(before, move.toDate()));
            LOG.infof(
                    "sandbox clock moved by %s from %s to %s by %s",
                    Duration.between(before, after), before, after, who);
        }
        return view();
    }

    /**
     * The same time of day on {@code date}, which must be after today and at most ten years ahead.
     */
    private static Instant target(Instant now, String date) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate to;
        try {
            to = LocalDate.parse(date);
        } catch (DateTimeException e) {
            throw ApiException.badRequest(
                    "INVALID_REQUEST",
                    "toDate must be a real date yyyy-MM-dd",
                    Map.of("field", "toDate"));
        }
        if (!to.isAfter(today)) {
            throw ApiException.badRequest(
                    "CLOCK_ONLY_MOVES_FORWARD",
                    "toDate "
                            + to
                            + " is not after the ledger's "
                            + "today "
                            + today
                            + "; the sandbox clock only moves forward",
                    Map.of("field", "toDate"));
        }
        if (to.isAfter(today.plusDays(ClockMove.MAX_DAYS))) {
            throw ApiException.badRequest(
                    "INVALID_REQUEST",
                    "toDate may be at most " + ClockMove.MAX_DAYS + " days after today",
                    Map.of("field", "toDate"));
        }
        LocalTime timeOfDay = LocalTime.ofInstant(now, ZoneOffset.UTC);
        return to.atTime(timeOfDay).toInstant(ZoneOffset.UTC);
    }

    private void requireEnabled() {
        requireEnabled(config);
    }

    /**
     * @throws ApiException 404 {@code SANDBOX_CLOCK_DISABLED} unless the ledger is embedded and the
     *     clock is on
     */
    static void requireEnabled(GatewayConfig config) {
        if (config.ledger() != GatewayConfig.LedgerKind.EMBEDDED) {
            throw new ApiException(
                    404,
                    DISABLED,
                    "the sandbox clock exists on the embedded ledger only; on a Fabric "
                            + "network time is the peers' own",
                    Map.of());
        }
        if (!config.sandbox().clockEnabled()) {
            throw new ApiException(
                    404,
                    DISABLED,
                    "the sandbox clock is off; a gateway on the embedded ledger turns "
                            + "it on with tradechain.sandbox.clock-enabled=true",
                    Map.of());
        }
    }

    private ClockView view() {
        Instant now = clock.instant();
        return new ClockView(
                now.toString(),
                LocalDate.ofInstant(now, ZoneOffset.UTC).toString(),
                clock.offset().toSeconds());
    }
}
