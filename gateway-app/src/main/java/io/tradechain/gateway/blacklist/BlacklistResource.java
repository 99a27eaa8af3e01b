package io.tradechain.gateway.blacklist;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.gateway.error.ErrorBody;
import io.tradechain.gateway.http.WriteResult;
import io.tradechain.gateway.http.ChaincodeCalls;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.security.CurrentUser;
import io.tradechain.gateway.security.Roles;
import io.tradechain.gateway.http.ReasonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The credit blacklist over HTTP: each call is one function of the {@code blacklist} chaincode. Reports and reasons
 * travel as transient data (a credit code never becomes a transaction argument of a write).
 */
@Path("/api/v1/blacklist")
@Tag(name = "Blacklist", description = "Bank reports on parties (信用黑名单): listing visible to every bank, details "
        + "private to the banks and the regulator, appeals, delisting, history")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BlacklistResource {
    private static final String CODE = "[0-9A-Za-z]{18}";
    private static final String REPORT_ID = "[0-9a-f]{64}";

    private final ChaincodeCalls calls;
    private final CurrentUser currentUser;

    public BlacklistResource(ChaincodeCalls calls, CurrentUser currentUser) {
        this.calls = calls;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/reports")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Report a party (banks)", description = "One report in force per bank and party; several "
            + "banks' reports on one party are kept apart. The answer is the public report (code hash only).")
    @APIResponse(responseCode = "201", description = "Committed",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    @APIResponse(responseCode = "409", description = "DUPLICATE_ACTIVE_REPORT",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public CompletionStage<Response> report(@Valid @NotNull ReportBody body) {
        return WriteResult.created(calls.submit(Proposal.of(currentUser.writer().signer(), ChaincodeNames.BLACKLIST,
                "ReportParty").withTransient("report", CanonicalJson.toBytes(body))));
    }

    @POST
    @Path("/reports/{reportId}/appeal")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Appeal a report on your own party (the reported enterprise)")
    public CompletionStage<WriteResult> appeal(@PathParam("reportId") @Pattern(regexp = REPORT_ID) String reportId,
            @Valid @NotNull ReasonBody body) {
        return withReason("Appeal", "appeal", reportId, body);
    }

    @POST
    @Path("/reports/{reportId}/appeal-rejection")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Keep a report after an appeal (the reporting bank)")
    public CompletionStage<WriteResult> rejectAppeal(@PathParam("reportId") @Pattern(regexp = REPORT_ID) String reportId,
            @Valid @NotNull ReasonBody body) {
        return withReason("RejectAppeal", "appealRejection", reportId, body);
    }

    @POST
    @Path("/reports/{reportId}/delisting")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Delist a report (the reporting bank), with a reason")
    public CompletionStage<WriteResult> delist(@PathParam("reportId") @Pattern(regexp = REPORT_ID) String reportId,
            @Valid @NotNull ReasonBody body) {
        return withReason("Delist", "delisting", reportId, body);
    }

    @GET
    @Path("/parties/{creditCode}/check")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "Is the party listed? (banks and regulator: any party; others: their own)")
    public JsonNode check(@PathParam("creditCode") @Pattern(regexp = CODE) String creditCode) {
        return evaluate("CheckParty", creditCode);
    }

    @GET
    @Path("/parties/{creditCode}")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "The party's listing: status, categories, each report's reporter and status (no details)")
    public JsonNode listing(@PathParam("creditCode") @Pattern(regexp = CODE) String creditCode) {
        return evaluate("GetListing", creditCode);
    }

    @GET
    @Path("/listings")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "Listings by code hash, optionally of one status, a page at a time (banks, regulator)")
    public JsonNode listings(@QueryParam("status") @Pattern(regexp = "LISTED|APPEALED|DELISTED") String status,
            @QueryParam("pageSize") @Pattern(regexp = "[1-9][0-9]{0,2}") String pageSize,
            @QueryParam("bookmark") String bookmark) {
        return evaluate("ListListings", status == null ? "" : status, pageSize == null ? "" : pageSize,
                bookmark == null ? "" : bookmark);
    }

    @GET
    @Path("/reports/{reportId}")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "A report with its private details and reasons (banks and the regulator)")
    public JsonNode details(@PathParam("reportId") @Pattern(regexp = REPORT_ID) String reportId) {
        return evaluate("GetReportDetails", reportId);
    }

    @GET
    @Path("/reports/{reportId}/history")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "Every committed version of a report, newest first (banks and the regulator)")
    public JsonNode history(@PathParam("reportId") @Pattern(regexp = REPORT_ID) String reportId) {
        return evaluate("GetReportHistory", reportId);
    }

    private CompletionStage<WriteResult> withReason(String function, String transientKey, String reportId, ReasonBody body) {
        return calls.submit(Proposal.of(currentUser.writer().signer(), ChaincodeNames.BLACKLIST, function, reportId)
                .withTransient(transientKey, CanonicalJson.toBytes(body)));
    }

    private JsonNode evaluate(String function, String... args) {
        return calls.evaluate(Proposal.of(currentUser.get().signer(), ChaincodeNames.BLACKLIST, function, args));
    }
}
