package io.tradechain.blacklist;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.chaincode.common.PartyDirectory;
import io.tradechain.chaincode.common.PartyRef;

/**
 * Who may do what on the blacklist. Banks report and change their own reports; the reported party
 * appeals; banks and the regulator read everything; any other caller reads only the listing of the
 * party it acts for. The regulator writes nothing.
 */
final class BlacklistAccess {
    private BlacklistAccess() {}

    static boolean isBank(String mspId) {
        return Organisations.isBank(mspId);
    }

    /** True for the organisations that read every report: the banks and the regulator. */
    static boolean readsEverything(Caller caller) {
        return isBank(caller.mspId()) || Organisations.isReadOnly(caller.mspId());
    }

    /**
     * Refuses the regulator ({@code READ_ONLY_ORGANISATION}) and every non-bank ({@code
     * WRONG_ORGANISATION}).
     */
    static void requireBankWriter(Caller caller, String action) {
        caller.requireBankWriter(action);
    }

    /** A bank writer that filed the report. */
    static void requireReporter(Caller caller, Report report, String action) {
        requireBankWriter(caller, action);
        if (!report.reporterMsp().equals(caller.mspId())) {
            throw BusinessException.of(
                    BlacklistErrorCode.NOT_THE_REPORTER,
                    "report "
                            + report.reportId()
                            + " was filed by "
                            + report.reporterMsp()
                            + "; "
                            + caller.mspId()
                            + " may not "
                            + action,
                    "reportId",
                    report.reportId(),
                    "mspId",
                    caller.mspId());
        }
    }

    /** Banks and the regulator; anyone else is refused with {@code ACCESS_DENIED}. */
    static void requireBankOrRegulator(Caller caller, String what) {
        if (!readsEverything(caller)) {
            throw BusinessException.of(
                    CommonErrorCode.ACCESS_DENIED,
                    what
                            + " are visible to the banks and the "
                            + "regulator only; "
                            + caller.mspId()
                            + " may not read them",
                    "mspId",
                    caller.mspId());
        }
    }

    /**
     * Banks and the regulator read any party's listing; anyone else only that of the party its
     * identity is bound to (from the party registry, never from an argument).
     */
    static void requireMayReadListing(Caller caller, String creditCode, PartyDirectory parties) {
        if (readsEverything(caller)) {
            return;
        }
        PartyRef own = parties.callerParty();
        if (!own.creditCode().equals(creditCode)) {
            throw BusinessException.of(
                    CommonErrorCode.ACCESS_DENIED,
                    "an identity of " + caller.mspId() + " may check only the party it acts for",
                    "mspId",
                    caller.mspId());
        }
    }

    /** A writer bound to the reported party; returns that party. */
    static PartyRef requireReportedParty(Caller caller, Report report, PartyDirectory parties) {
        caller.requireWriter();
        PartyRef own = parties.callerParty();
        if (!CodeHash.of(own.creditCode()).equals(report.codeHash())) {
            throw BusinessException.of(
                    BlacklistErrorCode.NOT_THE_REPORTED_PARTY,
                    "report "
                            + report.reportId()
                            + " is not about "
                            + own.name()
                            + "; only the reported party may appeal",
                    "reportId",
                    report.reportId());
        }
        return own;
    }
}
