package io.tradechain.gateway.blacklist;

import io.tradechain.blacklist.BlacklistStatus;
import io.tradechain.blacklist.ListingView;
import io.tradechain.blacklist.Report;
import io.tradechain.blacklist.ReportDetailsView;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.HistoryEntry;
import io.tradechain.chaincode.common.Page;
import io.tradechain.gateway.http.ChaincodeCalls;
import io.tradechain.gateway.http.Pages;
import io.tradechain.gateway.http.ReasonBody;
import io.tradechain.gateway.http.WriteResult;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.security.CurrentUser;
import io.tradechain.gateway.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The credit blacklist over HTTP: each call is one function of the {@code blacklist} chaincode.
 * Reports and reasons travel as transient data (a credit code never becomes a transaction argument
 * of a write).
 */
@Path("/api/v1/blacklist")
@Tag(
        name = "Blacklist",
        description =
                "Bank reports on parties (信用黑名单): listing visible to every bank, details "
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
    @Operation(
            summary = "Report a party (banks)",
            description =
                    "One report in force per bank and party; several "
                            + "banks' reports on one party are kept apart. The answer is the public report (code hash only). "
                            + "409 DUPLICATE_ACTIVE_REPORT when this bank has a report in force on the party.")
    @Extension(name = WriteResult.CREATES_EXTENSION, value = "true")
    public CompletionStage<RestResponse<WriteResult<Report>>> reportParty(
            @Valid @NotNull ReportBody body) {
        return WriteResult.created(
                calls.submit(
                        Proposal.of(
                                        currentUser.writer().signer(),
                                        ChaincodeNames.BLACKLIST,
                                        "ReportParty")
                                .withTransient("report", CanonicalJson.toBytes(body)),
                        Report.class),
                written -> "/api/v1/blacklist/reports/" + written.result().reportId());
    }

    @POST
    @Path("/reports/{reportId}/appeal")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Appeal a report on your own party (the reported enterprise)")
    public CompletionStage<WriteResult<Report>> appealReport(
            @PathParam("reportId") @Pattern(regexp = REPORT_ID) String reportId,
            @Valid @NotNull ReasonBody body) {
        return withReason("Appeal", "appeal", reportId, body);
    }

    @POST
    @Path("/reports/{reportId}/appeal-rejection")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Keep a report after an appeal (the reporting bank)")
    public CompletionStage<WriteResult<Report>> rejectAppeal(
            @PathParam("reportId") @Pattern(regexp = REPORT_ID) String reportId,
            @Valid @NotNull ReasonBody body) {
        return withReason("RejectAppeal", "appealRejection", reportId, body);
    }

    @POST
    @Path("/reports/{reportId}/delisting")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Delist a report (the reporting bank), with a reason")
    public CompletionStage<WriteResult<Report>> delistReport(
            @PathParam("reportId") @Pattern(regexp = REPORT_ID) String reportId,
            @Valid @NotNull ReasonBody body) {
        return withReason("Delist", "delisting", reportId, body);
    }

    @GET
    @Path("/parties/{creditCode}/check")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "Is the party listed? (banks and regulator: any party; others: their own)")
    public BlacklistStatus checkParty(
            @PathParam("creditCode") @Pattern(regexp = CODE) String creditCode) {
        return evaluate(BlacklistStatus.class, "CheckParty", creditCode);
    }

    @GET
    @Path("/parties/{creditCode}")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(
            summary =
                    "The party's listing: status, categories, each report's reporter and status (no details)")
    public ListingView getListing(
            @PathParam("creditCode") @Pattern(regexp = CODE) String creditCode) {
        return evaluate(ListingView.class, "GetListing", creditCode);
    }

    @GET
    @Path("/listings")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(
            summary =
                    "Listings by code hash, optionally of one status, a page at a time (banks, regulator)")
    public Page<ListingView> listListings(
            @QueryParam("status") @Pattern(regexp = "LISTED|APPEALED|DELISTED") String status,
            @QueryParam("pageSize") @Pattern(regexp = "[1-9][0-9]{0,2}") String pageSize,
            @QueryParam("bookmark") String bookmark) {
        return calls.page(
                Proposal.of(
                        currentUser.get().signer(),
                        ChaincodeNames.BLACKLIST,
                        "ListListings",
                        status == null ? "" : status,
                        pageSize == null ? "" : pageSize,
                        bookmark == null ? "" : bookmark),
                ListingView.class);
    }

    @GET
    @Path("/reports/{reportId}")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "A report with its private details and reasons (banks and the regulator)")
    public ReportDetailsView getReport(
            @PathParam("reportId") @Pattern(regexp = REPORT_ID) String reportId) {
        return evaluate(ReportDetailsView.class, "GetReportDetails", reportId);
    }

    @GET
    @Path("/reports/{reportId}/history")
    @RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
    @Operation(
            summary = "Every committed version of a report, newest first (banks and the regulator)",
            description = "A page at a time; pass the bookmark back for the next.")
    public Page<HistoryEntry<Report>> getReportHistory(
            @PathParam("reportId") @Pattern(regexp = REPORT_ID) String reportId,
            @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize,
            @QueryParam("bookmark") @DefaultValue("") String bookmark) {
        List<HistoryEntry<Report>> history =
                calls.evaluate(
                        Proposal.of(
                                currentUser.get().signer(),
                                ChaincodeNames.BLACKLIST,
                                "GetReportHistory",
                                reportId),
                        calls.types()
                                .constructCollectionType(
                                        List.class,
                                        calls.types()
                                                .constructParametricType(
                                                        HistoryEntry.class, Report.class)));
        return Pages.slice(history, pageSize, bookmark, List.of("report-history", reportId));
    }

    private CompletionStage<WriteResult<Report>> withReason(
            String function, String transientKey, String reportId, ReasonBody body) {
        return calls.submit(
                Proposal.of(
                                currentUser.writer().signer(),
                                ChaincodeNames.BLACKLIST,
                                function,
                                reportId)
                        .withTransient(transientKey, CanonicalJson.toBytes(body)),
                Report.class);
    }

    private <T> T evaluate(Class<T> type, String function, String... args) {
        return calls.evaluate(
                Proposal.of(currentUser.get().signer(), ChaincodeNames.BLACKLIST, function, args),
                type);
    }
}
