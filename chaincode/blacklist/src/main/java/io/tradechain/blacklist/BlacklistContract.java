package io.tradechain.blacklist;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.IdempotentContract;
import io.tradechain.chaincode.common.PageRequest;
import io.tradechain.chaincode.common.RemotePartyDirectory;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.annotation.Contact;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.License;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Entry points of the credit blacklist chaincode. Each function only translates arguments and
 * results; the rules live in {@link ReportLifecycle} and {@link BlacklistQueries}. Private inputs
 * come from the transient map; submit functions return the public report only. Results are
 * canonical JSON strings.
 */
@Contract(
        name = "blacklist",
        info =
                @Info(
                        title = "tradechain credit blacklist",
                        version = "0.1.0",
                        description =
                                "Bank reports on parties by credit code: public listing by code hash, private details, "
                                        + "appeals, delisting, history, and the check other chaincodes call",
                        license = @License(name = "Apache-2.0"),
                        contact = @Contact(name = "tradechain")))
@Default
public final class BlacklistContract implements IdempotentContract {

    /**
     * Files a report; everything, the credit code included, in the transient map under {@code
     * report}. Banks.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "ReportParty")
    public String reportParty(Context ctx) {
        return CanonicalJson.toJson(lifecycle(ctx).report(Caller.of(ctx)));
    }

    /** Contests a report; reason in the transient map under {@code appeal}. The reported party. */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "Appeal")
    public String appeal(Context ctx, String reportId) {
        return CanonicalJson.toJson(lifecycle(ctx).appeal(Caller.of(ctx), reportId));
    }

    /** Keeps a report after an appeal; reason under {@code appealRejection}. The reporting bank. */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "RejectAppeal")
    public String rejectAppeal(Context ctx, String reportId) {
        return CanonicalJson.toJson(lifecycle(ctx).rejectAppeal(Caller.of(ctx), reportId));
    }

    /** Withdraws a report; reason under {@code delisting}. The reporting bank. */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "Delist")
    public String delist(Context ctx, String reportId) {
        return CanonicalJson.toJson(lifecycle(ctx).delist(Caller.of(ctx), reportId));
    }

    /** {@code {activeReports, categories, listed}} for a credit code; other chaincodes call it. */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "CheckParty")
    public String checkParty(Context ctx, String creditCode) {
        return CanonicalJson.toJson(queries(ctx).check(Caller.of(ctx), creditCode));
    }

    /**
     * The {@code CheckParty} answers for a JSON array of credit codes, in order: other chaincodes
     * check every party of a transaction in one call (the Java shim may lose a second invocation of
     * one chaincode in a transaction).
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "CheckParties")
    public String checkParties(Context ctx, String creditCodes) {
        return CanonicalJson.toJson(queries(ctx).checkAll(Caller.of(ctx), creditCodes));
    }

    /**
     * The listing of one party: status, categories, reports with reporter and status; no details.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetListing")
    public String getListing(Context ctx, String creditCode) {
        return CanonicalJson.toJson(queries(ctx).listing(Caller.of(ctx), creditCode));
    }

    /**
     * Listings by code hash, optionally of one status ("" for all); pageSize "" for the default.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "ListListings")
    public String listListings(Context ctx, String status, String pageSize, String bookmark) {
        return CanonicalJson.toJson(
                queries(ctx).list(Caller.of(ctx), status, PageRequest.parse(pageSize, bookmark)));
    }

    /**
     * A report with its private details and the reasons of its changes. Banks and the regulator.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetReportDetails")
    public String getReportDetails(Context ctx, String reportId) {
        return CanonicalJson.toJson(queries(ctx).details(Caller.of(ctx), reportId));
    }

    /** Every committed version of a report, newest first. Banks and the regulator. */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetReportHistory")
    public String getReportHistory(Context ctx, String reportId) {
        return CanonicalJson.toJson(queries(ctx).history(Caller.of(ctx), reportId));
    }

    @Override
    public void unknownTransaction(Context ctx) {
        throw BusinessException.of(
                CommonErrorCode.INVALID_ARGUMENT,
                "the blacklist has no function " + ctx.getStub().getFunction(),
                "field",
                "function");
    }

    private static ReportLifecycle lifecycle(Context ctx) {
        return new ReportLifecycle(ctx.getStub(), new RemotePartyDirectory(ctx.getStub()));
    }

    private static BlacklistQueries queries(Context ctx) {
        return new BlacklistQueries(ctx.getStub(), new RemotePartyDirectory(ctx.getStub()));
    }
}
