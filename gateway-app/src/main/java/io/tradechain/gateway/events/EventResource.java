package io.tradechain.gateway.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.ledger.LedgerPort;
import io.tradechain.gateway.security.CurrentUser;
import io.tradechain.gateway.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * Chaincode events as Server-Sent Events, filtered to what the caller's organisation may see. Each
 * SSE {@code id} is the event's position on the channel: a client that reconnects with {@code
 * Last-Event-ID} resumes right after the last event it saw; {@code fromBlock} replays from a block;
 * with neither, the stream starts with the next event. A comment line ({@code : keep-alive}) every
 * {@code tradechain.events.keep-alive} (15 s by default) keeps proxies and load balancers from
 * closing a quiet stream, and tells the client the gateway is still there; SSE clients ignore it.
 */
@Path("/api/v1/events")
@Tag(name = "Events", description = "Live and replayable stream of committed business events")
@SecurityRequirement(name = "basic")
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
public class EventResource {
    private static final Logger LOG = Logger.getLogger(EventResource.class);

    private final LedgerPort ledger;
    private final CurrentUser currentUser;
    private final EventVisibility visibility;
    private final Duration keepAlive;

    public EventResource(
            LedgerPort ledger, CurrentUser currentUser, ObjectMapper mapper, GatewayConfig config) {
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.visibility = new EventVisibility(mapper);
        this.keepAlive = config.events().keepAlive();
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(
            summary =
                    "Stream committed events (text/event-stream); resumable with Last-Event-ID or fromBlock",
            description =
                    "Each SSE event's data is one Event (JSON); its id is the position, its name the event's name.")
    @APIResponse(
            responseCode = "200",
            description = "The stream; one Event per SSE data line",
            content =
                    @Content(
                            mediaType = MediaType.SERVER_SENT_EVENTS,
                            schema = @Schema(implementation = EventView.class)))
    public Multi<OutboundSseEvent> streamEvents(
            @Context Sse sse,
            @Parameter(description = "Replay from this block on")
                    @QueryParam("fromBlock")
                    @Pattern(regexp = "[0-9]{1,18}", message = "must be a block number (0 or more)")
                    String fromBlock,
            @Parameter(description = "Resume after this event id (set by EventSource on reconnect)")
                    @HeaderParam("Last-Event-ID")
                    @Pattern(
                            regexp = "[0-9]{1,18}",
                            message = "must be an event id this stream sent")
                    String lastEventId) {
        String viewer = currentUser.get().mspId();
        long from =
                lastEventId != null
                        ? Long.parseLong(lastEventId) + 1
                        : fromBlock != null
                                ? ledger.firstEventPosition(Long.parseLong(fromBlock))
                                : ledger.firstEventPosition(ledger.height());
        Multi<OutboundSseEvent> events =
                Multi.createFrom()
                        .<OutboundSseEvent>emitter(
                                emitter -> {
                                    AutoCloseable subscription =
                                            ledger.subscribe(
                                                    from,
                                                    event ->
                                                            visibility
                                                                    .view(event, viewer)
                                                                    .ifPresent(
                                                                            view ->
                                                                                    emitter.emit(
                                                                                            sse.newEventBuilder()
                                                                                                    .id(
                                                                                                            Long
                                                                                                                    .toString(
                                                                                                                            event
                                                                                                                                    .position()))
                                                                                                    .name(
                                                                                                            event
                                                                                                                    .name())
                                                                                                    .mediaType(
                                                                                                            MediaType
                                                                                                                    .APPLICATION_JSON_TYPE)
                                                                                                    .data(
                                                                                                            view)
                                                                                                    .build())));
                                    emitter.onTermination(
                                            () -> {
                                                try {
                                                    subscription.close();
                                                } catch (Exception e) {
                                                    LOG.debugf(e, "closing an event subscription");
                                                }
                                            });
                                },
                                BackPressureStrategy.BUFFER);
        Multi<OutboundSseEvent> keepAlives =
                Multi.createFrom()
                        .ticks()
                        .every(keepAlive)
                        .onOverflow()
                        .drop()
                        .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(events, keepAlives);
    }
}
