package io.tradechain.gateway.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.chaincode.common.PageCursor;
import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.error.ApiException;
import io.tradechain.gateway.error.ErrorBody;
import io.tradechain.gateway.http.ChaincodeCalls;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.security.ApiUser;
import io.tradechain.gateway.security.CurrentUser;
import io.tradechain.gateway.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The regulator's supervision views (docs/supervision.md): the alerts other organisations' refused attempts left on
 * the ledger, and exposure per enterprise across banks and per bank. The regulator only: every other organisation is
 * answered 403 {@code REGULATOR_ONLY}. Lists are paged; each list is also served as CSV ({@code Accept: text/csv}).
 */
@Path("/api/v1/supervision")
@Tag(name = "Supervision", description = "The regulator's view: alerts on refused duplicate financings, second "
        + "backings, blacklist hits and over-line issues; exposure per enterprise and per bank")
@SecurityRequirement(name = "basic")
@RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
public class SupervisionResource {
    private static final List<String> BANKS_SCOPE = List.of("exposure-banks");

    static final String TEXT_CSV = "text/csv";
    private static final String CODE = "[0-9A-Za-z]{18}";
    private static final String ALERT_CODES = "DUPLICATE_FINANCING|OVER_FINANCING|DOCUMENT_ALREADY_BACKING|"
            + "PARTY_BLACKLISTED|CREDIT_LINE_EXCEEDED";
    private static final String INSTANT = "[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,3})?)?Z?)?";

    private final ChaincodeCalls calls;
    private final CurrentUser currentUser;
    private final GatewayConfig config;

    public SupervisionResource(ChaincodeCalls calls, CurrentUser currentUser, GatewayConfig config) {
        this.calls = calls;
        this.currentUser = currentUser;
        this.config = config;
    }

    // ---- alerts -------------------------------------------------------------------------------------------

    @GET
    @Path("/alerts")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Supervision alerts, oldest first (regulator only)", description = "Filters: code, the "
            + "asking organisation, a time window [from, to) on the recording transaction's timestamp (ISO date or "
            + "UTC instant). Pass the bookmark back for the next page.")
    @APIResponse(responseCode = "200", description = "{items, bookmark, fetchedCount}")
    @APIResponse(responseCode = "403", description = "REGULATOR_ONLY",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public JsonNode alerts(@QueryParam("code") @Pattern(regexp = ALERT_CODES) String code,
            @QueryParam("organisation") @Pattern(regexp = "[A-Za-z0-9]{1,64}") String organisation,
            @QueryParam("from") @Pattern(regexp = INSTANT) String from,
            @QueryParam("to") @Pattern(regexp = INSTANT) String to,
            @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize,
            @QueryParam("bookmark") @DefaultValue("") String bookmark) {
        ApiUser regulator = regulator();
        return calls.evaluate(Proposal.of(regulator.signer(), ChaincodeNames.SUPERVISION, "ListAlerts",
                blank(code), blank(organisation), blank(from), blank(to), Integer.toString(pageSize), bookmark));
    }

    @GET
    @Path("/alerts")
    @Produces(TEXT_CSV)
    @Operation(summary = "The same page of alerts as CSV")
    public Response alertsCsv(@QueryParam("code") @Pattern(regexp = ALERT_CODES) String code,
            @QueryParam("organisation") @Pattern(regexp = "[A-Za-z0-9]{1,64}") String organisation,
            @QueryParam("from") @Pattern(regexp = INSTANT) String from,
            @QueryParam("to") @Pattern(regexp = INSTANT) String to,
            @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize,
            @QueryParam("bookmark") @DefaultValue("") String bookmark) {
        JsonNode page = alerts(code, organisation, from, to, pageSize, bookmark);
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode a : page.path("items")) {
            JsonNode requested = a.path("requested");
            rows.add(List.of(a.path("alertId").asText(), a.path("recordedAt").asText(), a.path("code").asText(),
                    a.path("askingMsp").asText(), a.path("refusedFunction").asText(),
                    a.path("documentHash").asText(""), a.path("partyHash").asText(""),
                    a.path("lineFunderMsp").asText(""), requested.path("currency").asText(""),
                    requested.isMissingNode() ? "" : io.tradechain.chaincode.common.Money.of(
                            requested.path("minorUnits").asLong(), requested.path("currency").asText())
                            .toDecimalString(),
                    Boolean.toString(a.path("confirmed").asBoolean())));
        }
        return csv(List.of("alertId", "recordedAt", "code", "askingMsp", "refusedFunction", "documentHash",
                "partyHash", "lineFunderMsp", "currency", "requested", "confirmed"), rows,
                page.path("bookmark").asText(""));
    }

    @GET
    @Path("/alerts/{alertId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One supervision alert (regulator only)")
    @APIResponse(responseCode = "404", description = "ALERT_NOT_FOUND",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public JsonNode alert(@PathParam("alertId") @Pattern(regexp = "[0-9a-f]{64}") String alertId) {
        return calls.evaluate(Proposal.of(regulator().signer(), ChaincodeNames.SUPERVISION, "GetAlert", alertId));
    }

    // ---- exposure -----------------------------------------------------------------------------------------

    @GET
    @Path("/exposure/enterprises/{creditCode}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An enterprise's exposure across all banks (regulator only)", description = "As debtor: "
            + "certificates outstanding or overdue (face value less settled) and what banks financed on them; as "
            + "L/C applicant: L/Cs issued, advised or used and their amount less what was paid; the locks on the "
            + "documents it owns. Totals per currency, and per bank.")
    public Map<String, Object> enterprise(@PathParam("creditCode") @Pattern(regexp = CODE) String creditCode) {
        return exposure().enterprise(creditCode.toUpperCase(java.util.Locale.ROOT));
    }

    @GET
    @Path("/exposure/enterprises/{creditCode}/certificates")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The certificates an enterprise owes, with what is financed on each (regulator only)")
    public Map<String, Object> certificates(@PathParam("creditCode") @Pattern(regexp = CODE) String creditCode,
            @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize,
            @QueryParam("bookmark") @DefaultValue("") String bookmark) {
        List<Exposure.CertificateRow> all = exposure().certificatesOwedBy(creditCode.toUpperCase(
                java.util.Locale.ROOT));
        return page(all.stream().map(SupervisionResource::view).toList(), pageSize, bookmark,
                List.of("exposure-certificates", creditCode.toUpperCase(java.util.Locale.ROOT)));
    }

    @GET
    @Path("/exposure/enterprises/{creditCode}/certificates")
    @Produces(TEXT_CSV)
    @Operation(summary = "The same page of certificates as CSV")
    public Response certificatesCsv(@PathParam("creditCode") @Pattern(regexp = CODE) String creditCode,
            @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize,
            @QueryParam("bookmark") @DefaultValue("") String bookmark) {
        Map<String, Object> page = certificates(creditCode, pageSize, bookmark);
        List<List<String>> rows = new ArrayList<>();
        for (Object item : (List<?>) page.get("items")) {
            Map<?, ?> row = (Map<?, ?>) item;
            rows.add(List.of(String.valueOf(row.get("rootId")), String.valueOf(row.get("funderMsp")),
                    String.valueOf(row.get("status")), String.valueOf(row.get("currency")),
                    String.valueOf(row.get("faceValue")), String.valueOf(row.get("settled")),
                    String.valueOf(row.get("outstanding")), String.valueOf(row.get("financed")),
                    String.valueOf(row.get("maturityDate"))));
        }
        return csv(List.of("rootId", "funderMsp", "status", "currency", "faceValue", "settled", "outstanding",
                "financed", "maturityDate"), rows, String.valueOf(page.get("bookmark")));
    }

    @GET
    @Path("/exposure/banks")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every bank's totals (regulator only)", description = "Credit lines granted and used, "
            + "financings approved on certificates still owed, L/Cs issued and still committed (amount less paid), "
            + "forfaited L/C claims it bought and holds unpaid. Totals per currency.")
    public Map<String, Object> banks(@QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize,
            @QueryParam("bookmark") @DefaultValue("") String bookmark) {
        return page(exposure().banks().stream().map(Exposure::view).toList(), pageSize, bookmark, BANKS_SCOPE);
    }

    @GET
    @Path("/exposure/banks")
    @Produces(TEXT_CSV)
    @Operation(summary = "Every bank's totals as CSV")
    public Response banksCsv(@QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize,
            @QueryParam("bookmark") @DefaultValue("") String bookmark) {
        regulator();
        List<Exposure.BankRow> all = exposure().banks();
        int start = start(BANKS_SCOPE, bookmark, all.size());
        int end = Math.min(all.size(), start + pageSize);
        List<List<String>> rows = new ArrayList<>();
        for (Exposure.BankRow row : all.subList(start, end)) {
            rows.add(List.of(row.bankMsp(), Integer.toString(row.lines()), row.linesGranted().text(),
                    row.linesUsed().text(), Integer.toString(row.financings()), row.financed().text(),
                    Integer.toString(row.lcsIssued()), row.lcOpen().text(), Integer.toString(row.forfaitingClaims()),
                    row.forfaitingHeld().text()));
        }
        return csv(List.of("bankMsp", "lines", "linesGranted", "linesUsed", "financings", "financed",
                "lcsIssued", "lcOpen", "forfaitingClaims", "forfaitingHeld"), rows,
                next(BANKS_SCOPE, end, all.size()));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private Exposure exposure() {
        return new Exposure(calls, regulator().signer(), config.partiesChaincode());
    }

    private static Map<String, Object> view(Exposure.CertificateRow row) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("rootId", row.rootId());
        one.put("funderMsp", row.funderMsp());
        one.put("status", row.status());
        one.put("currency", row.faceValue().currency());
        one.put("faceValue", row.faceValue().toDecimalString());
        one.put("settled", row.settled().toDecimalString());
        one.put("outstanding", row.outstanding().toDecimalString());
        one.put("financed", row.financed().toDecimalString());
        one.put("outstandingMinorUnits", row.outstanding().minorUnits());
        one.put("financedMinorUnits", row.financed().minorUnits());
        one.put("maturityDate", row.maturityDate());
        return one;
    }

    /** A page of a list built here: the bookmark is the index of the next item. */
    private static Map<String, Object> page(List<Map<String, Object>> all, int pageSize, String bookmark,
            List<String> scope) {
        int start = start(scope, bookmark, all.size());
        int end = Math.min(all.size(), start + pageSize);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", all.subList(start, end));
        page.put("bookmark", next(scope, end, all.size()));
        page.put("fetchedCount", end - start);
        return page;
    }

    /** The opaque cursor of the page starting at {@code end}, or "" at the end of the list. */
    private static String next(List<String> scope, int end, int size) {
        return end < size ? PageCursor.encodeSimple(scope, "", String.format("%09d", end)) : "";
    }

    /** Where a page starts: 0 without a cursor, else the offset of a cursor this list handed out. */
    private static int start(List<String> scope, String bookmark, int size) {
        if (bookmark == null || bookmark.isEmpty()) {
            return 0;
        }
        String position;
        try {
            position = PageCursor.positionForSimple(bookmark, scope, "");
        } catch (BusinessException e) {
            throw ApiException.badRequest(e.code(), e.text(), Map.of("field", "bookmark"));
        }
        if (!position.matches("[0-9]{9}") || Integer.parseInt(position) > size) {
            throw ApiException.badRequest("INVALID_CURSOR", "bookmark is not a cursor of this list; start again "
                    + "without one", Map.of("field", "bookmark"));
        }
        return Integer.parseInt(position);
    }

    /** A CSV answer; the next page's bookmark (empty at the end) is in the {@code X-Bookmark} header. */
    private static Response csv(List<String> header, List<List<String>> rows, String bookmark) {
        return Response.ok(Csv.write(header, rows), TEXT_CSV).header("X-Bookmark", bookmark).build();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    /** The caller, if it is the regulator; 403 REGULATOR_ONLY otherwise. */
    private ApiUser regulator() {
        ApiUser user = currentUser.get();
        if (!Organisations.REGULATOR_MSP.equals(user.mspId())) {
            throw ApiException.forbidden("REGULATOR_ONLY", "the supervision views are the regulator's; users of "
                    + user.mspId() + " may not read them");
        }
        return user;
    }
}
