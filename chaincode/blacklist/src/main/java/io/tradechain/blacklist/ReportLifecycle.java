package io.tradechain.blacklist;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.PartyDirectory;
import io.tradechain.chaincode.common.PartyRef;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The writes of the blacklist (docs/domain.md section 6): a bank reports a party, the party
 * appeals, the reporting bank rejects the appeal or delists. Each change rewrites the report (its
 * history is the key's history), the party's listing, a private note with the reason, and emits one
 * event.
 */
final class ReportLifecycle {
    private final ChaincodeStub stub;
    private final BlacklistState state;
    private final PartyDirectory parties;

    ReportLifecycle(ChaincodeStub stub, PartyDirectory parties) {
        this.stub = stub;
        this.state = new BlacklistState(stub);
        this.parties = parties;
    }

    /**
     * Files a report from the transient {@code report}. Caller: a bank without a report in force on
     * the party.
     */
    Report report(Caller caller) {
        BlacklistAccess.requireBankWriter(caller, "report a party to the blacklist");
        ReportRequest request = ReportValidation.report(stub);
        String codeHash = CodeHash.of(request.creditCode());
        Optional<Listing> before = state.findListing(codeHash);
        before.flatMap(listing -> listing.inForceReportOf(caller.mspId()))
                .ifPresent(
                        existing -> {
                            throw BusinessException.of(
                                    BlacklistErrorCode.DUPLICATE_ACTIVE_REPORT,
                                    caller.mspId()
                                            + " already has report "
                                            + existing.reportId()
                                            + " in force on this party ("
                                            + existing.status()
                                            + "); delist it before reporting again",
                                    "reportId",
                                    existing.reportId());
                        });
        String at = now();
        ReportCategory category = ReportCategory.valueOf(request.category());
        Report report = Report.filed(stub.getTxId(), codeHash, category, caller.mspId(), at);
        state.putReport(report);
        state.insertDetails(
                new ReportDetails(
                        report.reportId(),
                        request.creditCode(),
                        category,
                        request.reason(),
                        request.evidenceHash(),
                        request.amountInDefault(),
                        request.reportDate(),
                        caller.mspId(),
                        caller.clientId(),
                        at));
        Listing after =
                before.map(listing -> listing.with(report.listed(), at, stub.getTxId()))
                        .orElseGet(
                                () -> Listing.first(codeHash, report.listed(), at, stub.getTxId()));
        state.putListing(before, after);
        BlacklistEvents.emit(stub, "PartyReported", report, after);
        return report;
    }

    /** The reported party contests the report. Caller: an identity bound to that party. */
    Report appeal(Caller caller, String reportId) {
        Report report = state.report(ReportValidation.reportId(reportId));
        PartyRef appellant = BlacklistAccess.requireReportedParty(caller, report, parties);
        requireNotDelisted(report);
        if (report.status() == ReportStatus.APPEALED) {
            throw BusinessException.of(
                    BlacklistErrorCode.REPORT_ALREADY_APPEALED,
                    "report "
                            + report.reportId()
                            + " is already under appeal; the reporting bank has to answer it first",
                    "reportId",
                    report.reportId());
        }
        String reason = ReportValidation.reason(stub, ReportValidation.APPEAL);
        return change(
                caller,
                report,
                ReportAction.APPEALED,
                ReportStatus.APPEALED,
                reason,
                appellant.creditCode(),
                "ReportAppealed");
    }

    /** The reporting bank keeps the report after an appeal: it is ACTIVE again. */
    Report rejectAppeal(Caller caller, String reportId) {
        Report report = state.report(ReportValidation.reportId(reportId));
        BlacklistAccess.requireReporter(caller, report, "reject an appeal against it");
        requireNotDelisted(report);
        if (report.status() != ReportStatus.APPEALED) {
            throw BusinessException.of(
                    BlacklistErrorCode.REPORT_NOT_APPEALED,
                    "report " + report.reportId() + " has no pending appeal",
                    "reportId",
                    report.reportId());
        }
        String reason = ReportValidation.reason(stub, ReportValidation.APPEAL_REJECTION);
        return change(
                caller,
                report,
                ReportAction.APPEAL_REJECTED,
                ReportStatus.ACTIVE,
                reason,
                null,
                "AppealRejected");
    }

    /** The reporting bank withdraws its report, with a reason. */
    Report delist(Caller caller, String reportId) {
        Report report = state.report(ReportValidation.reportId(reportId));
        BlacklistAccess.requireReporter(caller, report, "delist it");
        requireNotDelisted(report);
        String reason = ReportValidation.reason(stub, ReportValidation.DELISTING);
        return change(
                caller,
                report,
                ReportAction.DELISTED,
                ReportStatus.DELISTED,
                reason,
                null,
                "ReportDelisted");
    }

    private Report change(
            Caller caller,
            Report report,
            ReportAction action,
            ReportStatus newStatus,
            String reason,
            String actorCreditCode,
            String eventType) {
        String at = now();
        Report next = report.after(action, newStatus, at, stub.getTxId());
        state.putReport(next);
        state.putNote(
                new ReportNote(
                        next.reportId(),
                        next.version(),
                        action,
                        reason,
                        caller.mspId(),
                        caller.clientId(),
                        actorCreditCode,
                        at,
                        stub.getTxId()));
        Optional<Listing> before = state.findListing(report.codeHash());
        Listing listing =
                before.orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "report "
                                                + report.reportId()
                                                + " has no listing: the state is inconsistent"));
        Listing after = listing.with(next.listed(), at, stub.getTxId());
        state.putListing(before, after);
        BlacklistEvents.emit(stub, eventType, next, after);
        return next;
    }

    private static void requireNotDelisted(Report report) {
        if (report.status() == ReportStatus.DELISTED) {
            throw BusinessException.of(
                    BlacklistErrorCode.REPORT_ALREADY_DELISTED,
                    "report " + report.reportId() + " was delisted and cannot change any more",
                    "reportId",
                    report.reportId());
        }
    }

    private String now() {
        return stub.getTxTimestamp().toString();
    }
}
