package io.tradechain.receivables;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.chaincode.common.PartyDirectory;
import io.tradechain.chaincode.common.PartyRef;

/**
 * Who may do what: the funder bank manages its line; the debtor (core enterprise) issues, cancels
 * and settles; the holder accepts, rejects and moves; the regulator reads everything and writes
 * nothing. Parties come from the party registry (the caller's identity), never from an argument.
 */
final class ReceivablesAccess {
    private ReceivablesAccess() {}

    static boolean isBank(String mspId) {
        return Organisations.isBank(mspId);
    }

    static void requireBankWriter(Caller caller, String action) {
        caller.requireBankWriter(action);
    }

    static void requireFunder(Caller caller, CreditLine line, String action) {
        requireBankWriter(caller, action);
        if (!line.funderMsp().equals(caller.mspId())) {
            throw BusinessException.of(
                    ReceivablesErrorCode.NOT_THE_FUNDER,
                    "line "
                            + line.lineId()
                            + " belongs to "
                            + line.funderMsp()
                            + "; "
                            + caller.mspId()
                            + " may not "
                            + action,
                    "lineId",
                    line.lineId());
        }
    }

    /** A writer acting for a party; returns the party. */
    static PartyRef requireParty(Caller caller, PartyDirectory parties) {
        caller.requireWriter();
        return parties.callerParty();
    }

    static PartyRef requireDebtor(
            Caller caller, String debtorCode, PartyDirectory parties, String action) {
        PartyRef party = requireParty(caller, parties);
        if (!party.creditCode().equals(debtorCode)) {
            throw BusinessException.of(
                    ReceivablesErrorCode.NOT_THE_DEBTOR,
                    "only the debtor "
                            + debtorCode
                            + " may "
                            + action
                            + "; the caller acts for "
                            + party.creditCode(),
                    "debtorCode",
                    debtorCode);
        }
        return party;
    }

    static PartyRef requireHolder(
            Caller caller, Piece piece, PartyDirectory parties, String action) {
        PartyRef party = requireParty(caller, parties);
        if (!party.creditCode().equals(piece.holderCode())) {
            throw BusinessException.of(
                    ReceivablesErrorCode.NOT_THE_HOLDER,
                    "piece "
                            + piece.pieceId()
                            + " is held by "
                            + piece.holderCode()
                            + "; the caller acts for "
                            + party.creditCode()
                            + " and may not "
                            + action,
                    "pieceId",
                    piece.pieceId());
        }
        return party;
    }

    /**
     * The regulator, the funder bank, the debtor, or the party named (the holder of what is read).
     */
    static void requireReader(
            Caller caller, RootCertificate root, String holderCode, PartyDirectory parties) {
        if (Organisations.isReadOnly(caller.mspId()) || caller.mspId().equals(root.funderMsp())) {
            return;
        }
        String own = parties.callerParty().creditCode();
        if (!own.equals(root.debtorCode()) && !own.equals(holderCode)) {
            throw BusinessException.of(
                    CommonErrorCode.ACCESS_DENIED,
                    "the certificate "
                            + root.rootId()
                            + " is visible to its debtor, its funder bank, the holder and the regulator",
                    "rootId",
                    root.rootId());
        }
    }
}
