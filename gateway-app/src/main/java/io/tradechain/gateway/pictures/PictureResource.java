package io.tradechain.gateway.pictures;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.http.ChaincodeCalls;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.ledger.Signer;
import io.tradechain.gateway.security.CurrentUser;
import io.tradechain.gateway.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Pictures for people, drawn from the same chaincode reads as the JSON endpoints and so refused to
 * the same callers: a certificate's lineage as SVG and an L/C's timeline as HTML. The ids come as
 * query parameters so that a plain HTML form (the landing page's) can ask for them.
 */
@Path("/api/v1/pictures")
@Tag(
        name = "Pictures",
        description = "A certificate's lineage (SVG) and an L/C's timeline (HTML), for a browser")
@SecurityRequirement(name = "basic")
public class PictureResource {
    static final String SVG = "image/svg+xml";
    static final String HTML = "text/html;charset=UTF-8";
    private static final String HEX_ID = "[0-9a-f]{64}";
    private static final int MAX_PIECES = 10_000;

    private final ChaincodeCalls calls;
    private final CurrentUser currentUser;
    private final GatewayConfig config;

    public PictureResource(ChaincodeCalls calls, CurrentUser currentUser, GatewayConfig config) {
        this.calls = calls;
        this.currentUser = currentUser;
        this.config = config;
    }

    @GET
    @Path("/certificate-lineage")
    @Produces(SVG)
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(
            operationId = "drawCertificateLineage",
            summary = "A certificate's lineage as an SVG picture",
            description =
                    "One box per piece: the holder's party name, the amount, the status; financed pieces (held "
                            + "by a bank) and pieces offered for financing are marked. Who may read the certificate's tree "
                            + "(GET /api/v1/receivables/certificates/{rootId}/tree) may see it; at most "
                            + MAX_PIECES
                            + " pieces.")
    @APIResponse(
            responseCode = "200",
            description = "The SVG picture",
            content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)))
    public Response drawCertificateLineage(
            @QueryParam("rootId") @NotNull @Pattern(regexp = HEX_ID) String rootId) {
        Signer reader = currentUser.get().signer();
        List<JsonNode> pieces = new ArrayList<>();
        String bookmark = "";
        do {
            JsonNode page =
                    calls.evaluate(
                            Proposal.of(
                                    reader,
                                    ChaincodeNames.RECEIVABLES,
                                    "ListPieces",
                                    rootId,
                                    "200",
                                    bookmark));
            page.path("items").forEach(pieces::add);
            bookmark = page.path("bookmark").asText("");
        } while (!bookmark.isEmpty() && pieces.size() < MAX_PIECES);
        String svg = new CertificateLineageSvg(pieces, names(reader)).render(rootId);
        return Response.ok(svg, SVG).build();
    }

    @GET
    @Path("/lc-timeline")
    @Produces(HTML)
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(
            operationId = "drawLcTimeline",
            summary = "An L/C's timeline as an HTML page",
            description =
                    "The parties by name, then every step: when (UTC, readable), what, the state before and "
                            + "after, who (party and role), the transaction. The L/C's parties and the regulator may see it, "
                            + "as GET /api/v1/lcs/{lcId}/timeline.")
    @APIResponse(
            responseCode = "200",
            description = "The HTML page",
            content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    public Response drawLcTimeline(
            @QueryParam("lcId") @NotNull @Pattern(regexp = HEX_ID) String lcId) {
        Signer reader = currentUser.get().signer();
        JsonNode timeline =
                calls.evaluate(
                        Proposal.of(reader, ChaincodeNames.LETTER_OF_CREDIT, "GetTimeline", lcId));
        JsonNode terms =
                calls.evaluate(
                        Proposal.of(reader, ChaincodeNames.LETTER_OF_CREDIT, "GetTerms", lcId));
        return Response.ok(LcTimelineHtml.render(timeline, terms, names(reader)), HTML).build();
    }

    private PartyNames names(Signer reader) {
        return new PartyNames(calls, reader, config.partiesChaincode());
    }
}
