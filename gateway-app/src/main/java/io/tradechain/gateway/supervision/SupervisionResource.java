package io.tradechain.gateway.supervision;

import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.Money;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.chaincode.common.Page;
import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.error.ApiException;
import io.tradechain.gateway.http.ApiContractDocumentation;
import io.tradechain.gateway.http.ChaincodeCalls;
import io.tradechain.gateway.http.CsvFormat;
import io.tradechain.gateway.http.Pages;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.security.ApiUser;
import io.tradechain.gateway.security.CurrentUser;
import io.tradechain.gateway.security.Roles;
import io.tradechain.supervision.Alert;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The regulator's supervision views (docs/supervision.md): the alerts other organisations' refused
 * attempts left on the ledger, and exposure per enterprise across banks and per bank. The regulator
 * only: every other organisation is answered 403 {@code REGULATOR_ONLY}. Lists are paged; each list
 * is also served as CSV ({@code Accept: text/csv}).
 */
@Path("/api/v1/supervision")
@Tag(
        name = "Supervision",
        description =
                "The regulator's view: alerts on refused duplicate financings, second "
                        + "backings, blacklist hits and over-line issues; exposure per enterprise and per bank")
@SecurityRequirement(name = "basic")
@RolesAllowed({Roles.OPERATOR, Roles.VIEWER, Roles.ADMIN})
public class SupervisionResource {
    private static final List<String> BANKS_SCOPE = List.of("exposure-banks");

    static final String TEXT_CSV = "text/csv";
    private static final String CODE = "[0-9A-Za-z]{18}";
    private static final String ALERT_CODES =
            "DUPLICATE_FINANCING|OVER_FINANCING|DOCUMENT_ALREADY_BACKING|"
                    + "PARTY_BLACKLISTED|CREDIT_LINE_EXCEEDED";
    private static final String INSTANT =
            "[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,3})?)?Z?)?";

    private final ChaincodeCalls calls;
    private final CurrentUser currentUser;
    private final GatewayConfig config;

    public SupervisionResource(
            ChaincodeCalls calls, CurrentUser currentUser, GatewayConfig config) {
        this.calls = calls;
        this.currentUser = currentUser;
        this.config = config;
    }

    // ---- alerts
    // -------------------------------------------------------------------------------------------

    @GET
    @Path("/alerts")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Supervision alerts, oldest first (regulator only)",
            description =
                    "Filters: code, the "
                            + "asking organisation, a time window [from, to) on the recording transaction's timestamp (ISO date or "
                            + "UTC instant). Pass the bookmark back for the next page.")
    @Extension(name = ApiContractDocumentation.CSV_EXTENSION, value = "true")
    public Page<Alert> listAlerts(
            @QueryParam("code") @Pattern(regexp = ALERT_CODES) String code,
            @QueryParam("organisation") @Pattern(regexp = "[A-Za-z0-9]{1,64}") String organisation,
            @QueryParam("from") @Pattern(regexp = INSTANT) String from,
            @QueryParam("to") @Pattern(regexp = INSTANT) String to,
            @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize,
            @QueryParam("bookmark") @DefaultValue("") String bookmark) {
        ApiUser regulator = regulator();
        return calls.page(
                Proposal.of(
                        regulator.signer(),
                        ChaincodeNames.SUPERVISION,
                        "ListAlerts",
                        blank(code),
                        blank(organisation),
                        blank(from),
                        blank(to),
                        Integer.toString(pageSize),
                        bookmark),
                Alert.class);
    }

    @GET
    @Path("/alerts")
    @Produces(TEXT_CSV)
    @Operation(hidden = true) // documented as the text/csv answer of the JSON operation (x-csv)
    public Response listAlertsCsv(
            @QueryParam("code") @Pattern(regexp = ALERT_CODES) String code,
            @QueryParam("organisation") @Pattern(regexp = "[A-Za-z0-9]{1,64}") String organisation,
            @QueryParam("from") @Pattern(regexp = INSTANT) String from,
            @QueryParam("to") @Pattern(regexp = INSTANT) String to,
            @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize,
            @QueryParam("bookmark") @DefaultValue("") String bookmark) {
        Page<Alert> page = listAlerts(code, organisation, from, to, pageSize, bookmark);
        List<List<String>> rows = new ArrayList<>();
        for (Alert a : page.items()) {
            Money requested = a.requested();
            rows.add(
                    List.of(
                            a.alertId(),
                            a.recordedAt(),
                            a.code().name(),
                            a.askingMsp(),
                            a.refusedFunction(),
                            blank(a.documentHash()),
                            blank(a.partyHash()),
                            blank(a.lineFunderMsp()),
                            requested == null ? "" : requested.currency(),
                            requested == null ? "" : Long.toString(requested.minorUnits()),
                            Boolean.toString(a.confirmed())));
        }
        return csv(
                List.of(
                        "alertId",
                        "recordedAt",
                        "code",
                        "askingMsp",
                        "refusedFunction",
                        "documentHash",
                        "partyHash",
                        "lineFunderMsp",
                        "currency",
                        "requestedMinorUnits",
                        "confirmed"),
                rows,
                page.bookmark());
    }

    @GET
    @Path("/alerts/{alertId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One supervision alert (regulator only)")
    public Alert getAlert(@PathParam("alertId") @Pattern(regexp = "[0-9a-f]{64}") String alertId) {
        return calls.evaluate(
                Proposal.of(regulator().signer(), ChaincodeNames.SUPERVISION, "GetAlert", alertId),
                Alert.class);
    }

    // ---- exposure
    // -----------------------------------------------------------------------------------------

    @GET
    @Path("/exposure/enterprises/{creditCode}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "An enterprise's exposure across all banks (regulator only)",
            description =
                    "As debtor: "
                            + "certificates outstanding or overdue (face value less settled) and what banks financed on them; as "
                            + "L/C applicant: L/Cs issued, advised or used and their amount less what was paid; the locks on the "
                            + "documents it owns. Totals per currency, and per bank.")
    public ExposureViews.EnterpriseExposure getEnterpriseExposure(
            @PathParam("creditCode") @Pattern(regexp = CODE) String creditCode) {
        return exposure().enterprise(creditCode.toUpperCase(java.util.Locale.ROOT));
    }

    @GET
    @Path("/exposure/enterprises/{creditCode}/certificates")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "The certificates an enterprise owes, with what is financed on each (regulator only)")
    @Extension(name = ApiContractDocumentation.CSV_EXTENSION, value = "true")
    public Page<ExposureViews.CertificateExposure> listCertificateExposure(
            @PathParam("creditCode") @Pattern(regexp = CODE) String creditCode,
            @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize,
            @QueryParam("bookmark") @DefaultValue("") String bookmark) {
        List<Exposure.CertificateRow> all =
                exposure().certificatesOwedBy(creditCode.toUpperCase(java.util.Locale.ROOT));
        return Pages.slice(
                all.stream().map(SupervisionResource::view).toList(),
                pageSize,
                bookmark,
                List.of("exposure-certificates", creditCode.toUpperCase(java.util.Locale.ROOT)));
    }

    @GET
    @Path("/exposure/enterprises/{creditCode}/certificates")
    @Produces(TEXT_CSV)
    @Operation(hidden = true) // documented as the text/csv answer of the JSON operation (x-csv)
    public Response listCertificateExposureCsv(
            @PathParam("creditCode") @Pattern(regexp = CODE) String creditCode,
            @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize,
            @QueryParam("bookmark") @DefaultValue("") String bookmark) {
        Page<ExposureViews.CertificateExposure> page =
                listCertificateExposure(creditCode, pageSize, bookmark);
        List<List<String>> rows = new ArrayList<>();
        for (ExposureViews.CertificateExposure row : page.items()) {
            rows.add(
                    List.of(
                            row.rootId(),
                            row.funderMsp(),
                            row.status(),
                            row.faceValue().currency(),
                            Long.toString(row.faceValue().minorUnits()),
                            Long.toString(row.settled().minorUnits()),
                            Long.toString(row.outstanding().minorUnits()),
                            Long.toString(row.financed().minorUnits()),
                            String.valueOf(row.maturityDate())));
        }
        return csv(
                List.of(
                        "rootId",
                        "funderMsp",
                        "status",
                        "currency",
                        "faceValueMinorUnits",
                        "settledMinorUnits",
                        "outstandingMinorUnits",
                        "financedMinorUnits",
                        "maturityDate"),
                rows,
                page.bookmark());
    }

    @GET
    @Path("/exposure/banks")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Every bank's totals (regulator only)",
            description =
                    "Credit lines granted and used, "
                            + "financings approved on certificates still owed, L/Cs issued and still committed (amount less paid), "
                            + "forfaited L/C claims it bought and holds unpaid. Totals per currency.")
    @Extension(name = ApiContractDocumentation.CSV_EXTENSION, value = "true")
    public Page<ExposureViews.BankExposure> listBankExposure(
            @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize,
            @QueryParam("bookmark") @DefaultValue("") String bookmark) {
        return Pages.slice(
                exposure().banks().stream().map(Exposure::view).toList(),
                pageSize,
                bookmark,
                BANKS_SCOPE);
    }

    @GET
    @Path("/exposure/banks")
    @Produces(TEXT_CSV)
    @Operation(hidden = true) // documented as the text/csv answer of the JSON operation (x-csv)
    public Response listBankExposureCsv(
            @QueryParam("pageSize") @DefaultValue("50") @Min(1) @Max(200) int pageSize,
            @QueryParam("bookmark") @DefaultValue("") String bookmark) {
        regulator();
        List<Exposure.BankRow> all = exposure().banks();
        int start = Pages.start(BANKS_SCOPE, bookmark, all.size());
        int end = Math.min(all.size(), start + pageSize);
        List<List<String>> rows = new ArrayList<>();
        for (Exposure.BankRow row : all.subList(start, end)) {
            rows.add(
                    List.of(
                            row.bankMsp(),
                            Integer.toString(row.lines()),
                            row.linesGranted().text(),
                            row.linesUsed().text(),
                            Integer.toString(row.financings()),
                            row.financed().text(),
                            Integer.toString(row.lcsIssued()),
                            row.lcOpen().text(),
                            Integer.toString(row.forfaitingClaims()),
                            row.forfaitingHeld().text()));
        }
        return csv(
                List.of(
                        "bankMsp",
                        "lines",
                        "linesGranted",
                        "linesUsed",
                        "financings",
                        "financed",
                        "lcsIssued",
                        "lcOpen",
                        "forfaitingClaims",
                        "forfaitingHeld"),
                rows,
                Pages.next(BANKS_SCOPE, end, all.size()));
    }

    // ---- helpers
    // ------------------------------------------------------------------------------------------

    private Exposure exposure() {
        return new Exposure(calls, regulator().signer(), config.partiesChaincode());
    }

    private static ExposureViews.CertificateExposure view(Exposure.CertificateRow row) {
        return new ExposureViews.CertificateExposure(
                row.rootId(),
                row.funderMsp(),
                row.status(),
                row.faceValue(),
                row.settled(),
                row.outstanding(),
                row.financed(),
                row.maturityDate());
    }

    /**
     * A CSV answer; the next page's bookmark (empty at the end) is in the {@code X-Bookmark}
     * header.
     */
    private static Response csv(List<String> header, List<List<String>> rows, String bookmark) {
        return Response.ok(CsvFormat.write(header, rows), TEXT_CSV)
                .header("X-Bookmark", bookmark)
                .build();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    /** The caller, if it is the regulator; 403 REGULATOR_ONLY otherwise. */
    private ApiUser regulator() {
        ApiUser user = currentUser.get();
        if (!Organisations.REGULATOR_MSP.equals(user.mspId())) {
            throw ApiException.forbidden(
                    "REGULATOR_ONLY",
                    "the supervision views are the regulator's; users of "
                            + user.mspId()
                            + " may not read them");
        }
        return user;
    }
}
