package io.tradechain.gateway.demo;

import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.error.ApiException;
import io.tradechain.gateway.error.Problem;
import io.tradechain.gateway.security.ApiUser;
import io.tradechain.gateway.security.CurrentUser;
import io.tradechain.gateway.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * Seeding the demo data through the gateways, for a ledger no one gateway can sign for alone (a
 * Fabric network: each organisation's gateway holds only its own identities). A driver ({@code
 * scripts/network.sh seed}) POSTs {@code {}} to a gateway as its organisation's admin; the gateway
 * plays the steps of the demo plan its organisation signs and answers the progress and the
 * organisation whose gateway plays on; the driver posts that progress there, and so on until {@code
 * next} is absent.
 */
@Path("/api/v1/demo/seed")
@Tag(name = "Demo", description = "Seeding the demo data of fixtures/")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DemoSeedResource {
    /** The code of every answer while demo seeding is off. */
    public static final String DISABLED = "DEMO_SEEDING_DISABLED";

    private static final Logger LOG = Logger.getLogger(DemoSeedResource.class);

    private final DemoSeeding seeding;
    private final CurrentUser currentUser;
    private final GatewayConfig config;

    public DemoSeedResource(DemoSeeding seeding, CurrentUser currentUser, GatewayConfig config) {
        this.seeding = seeding;
        this.currentUser = currentUser;
        this.config = config;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary =
                    "Play the demo plan's next steps that your organisation signs (organisation admins)",
            description =
                    "The demo plan (the parties, identity bindings, documents, credit line and L/C demo of "
                            + "fixtures/) is played in order, each step as its demo user and under its own "
                            + "idempotency key. This gateway plays from the progress sent while the steps' users "
                            + "belong to the caller's organisation, then answers the progress and the next "
                            + "organisation: send the progress to that organisation's gateway as its admin. A "
                            + "step played before commits nothing, so a second seeding adds nothing.")
    @APIResponse(
            responseCode = "200",
            description = "What was played and who plays on",
            content = @Content(schema = @Schema(implementation = DemoSeedAnswer.class)))
    @APIResponse(
            responseCode = "404",
            description = DISABLED + ": tradechain.seed-demo-data is false",
            content = @Content(schema = @Schema(implementation = Problem.class)))
    public DemoSeedAnswer seedDemoData(@Valid @NotNull DemoSeedProgress progress) {
        ApiUser user = currentUser.writer();
        if (!config.seedDemoData()) {
            throw new ApiException(
                    404,
                    DISABLED,
                    "demo seeding is off on this gateway (tradechain.seed-demo-data=false)",
                    Map.of());
        }
        DemoPlayer.Outcome outcome = seeding.play(progress, msp -> msp.equals(user.mspId()));
        String summary = DemoPlayer.summary(outcome.progress());
        if (outcome.played() > 0) {
            LOG.infof(
                    "demo seeding: %d steps played for %s by %s; so far %s",
                    outcome.played(), user.mspId(), user.username(), summary);
        }
        return new DemoSeedAnswer(outcome.progress(), outcome.next(), outcome.played(), summary);
    }
}
