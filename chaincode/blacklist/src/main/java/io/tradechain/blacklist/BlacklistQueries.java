package io.tradechain.blacklist;

import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.HistoryEntry;
import io.tradechain.chaincode.common.Page;
import io.tradechain.chaincode.common.PageRequest;
import io.tradechain.chaincode.common.PartyDirectory;
import java.util.List;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The reads of the blacklist. All are evaluations: a peer answers them and nothing is committed, so
 * no block shows which code anyone looked up.
 */
final class BlacklistQueries {
    private final BlacklistState state;
    private final PartyDirectory parties;

    BlacklistQueries(ChaincodeStub stub, PartyDirectory parties) {
        this.state = new BlacklistState(stub);
        this.parties = parties;
    }

    /** Whether the party is listed; what other chaincodes ask through {@link BlacklistCheck}. */
    BlacklistStatus check(Caller caller, String creditCode) {
        String code = Args.creditCode("creditCode", creditCode);
        BlacklistAccess.requireMayReadListing(caller, code, parties);
        return state.findListing(CodeHash.of(code))
                .map(Listing::check)
                .orElseGet(BlacklistStatus::notListed);
    }

    /** {@link #check} of each code of a JSON array (1 to {@value #MAX_CHECKED} codes), in order. */
    java.util.List<BlacklistStatus> checkAll(Caller caller, String codesJson) {
        String[] codes =
                io.tradechain.chaincode.common.CanonicalJson.parseArgument(
                        "creditCodes", codesJson, String[].class);
        if (codes.length == 0 || codes.length > MAX_CHECKED) {
            throw BusinessException.of(
                    io.tradechain.chaincode.common.CommonErrorCode.INVALID_ARGUMENT,
                    "creditCodes holds 1 to " + MAX_CHECKED + " codes",
                    "field",
                    "creditCodes");
        }
        java.util.List<BlacklistStatus> answers = new java.util.ArrayList<>(codes.length);
        for (String code : codes) {
            answers.add(check(caller, code));
        }
        return answers;
    }

    static final int MAX_CHECKED = 10;

    /**
     * The party's listing: status, categories, each report's id, reporter and status; no details.
     */
    ListingView listing(Caller caller, String creditCode) {
        String code = Args.creditCode("creditCode", creditCode);
        BlacklistAccess.requireMayReadListing(caller, code, parties);
        Listing listing =
                state.findListing(CodeHash.of(code))
                        .orElseThrow(
                                () ->
                                        BusinessException.of(
                                                BlacklistErrorCode.LISTING_NOT_FOUND,
                                                "no bank has reported party " + code,
                                                "creditCode",
                                                code));
        return ListingView.of(code, listing);
    }

    /**
     * Listings in code-hash order, optionally of one status ({@code ""} for all). Banks and the
     * regulator.
     */
    Page<ListingView> list(Caller caller, String statusName, PageRequest page) {
        BlacklistAccess.requireBankOrRegulator(caller, "blacklist listings");
        Optional<ListingStatus> status =
                statusName == null || statusName.isEmpty()
                        ? Optional.empty()
                        : Optional.of(Args.oneOf("status", statusName, ListingStatus.class));
        return state.listings(status, page)
                .map(listing -> ListingView.of(codeOf(listing), listing));
    }

    /**
     * A report with its private details and notes. Banks and the regulator (the collection's
     * members).
     */
    ReportDetailsView details(Caller caller, String reportId) {
        BlacklistAccess.requireBankOrRegulator(caller, "report details");
        Report report = state.report(ReportValidation.reportId(reportId));
        ReportDetails details =
                state.details(report.reportId())
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "report "
                                                        + report.reportId()
                                                        + " has no details in "
                                                        + BlacklistCollections.DETAILS));
        return new ReportDetailsView(report, details, state.notes(report.reportId()));
    }

    /** Every committed version of the public report, newest first. Banks and the regulator. */
    List<HistoryEntry<Report>> history(Caller caller, String reportId) {
        BlacklistAccess.requireBankOrRegulator(caller, "report histories");
        Report report = state.report(ReportValidation.reportId(reportId));
        return state.reportHistory(report.reportId());
    }

    /** The code of a listing, from the details of its first report (a listing always has one). */
    private String codeOf(Listing listing) {
        return listing.reports().stream()
                .findFirst()
                .flatMap(first -> state.details(first.reportId()))
                .map(ReportDetails::creditCode)
                .orElse(null);
    }
}
