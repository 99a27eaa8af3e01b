package io.tradechain.receivables;

import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.Page;
import io.tradechain.chaincode.common.PageRequest;
import io.tradechain.chaincode.common.PartyDirectory;
import io.tradechain.chaincode.common.QueueSubject;

/**
 * The back office's work queues of the receivables chain: a bank's financing requests awaiting its
 * decision, its credit lines and the certificates issued against them; a core enterprise's
 * certificates. Each is read by its owner (by the caller's identity) and the regulator, who may
 * also list every owner's at once. Public records only.
 */
final class ReceivablesQueues {
    private final ReceivablesState state;
    private final PartyDirectory parties;

    ReceivablesQueues(ReceivablesState state, PartyDirectory parties) {
        this.state = state;
        this.parties = parties;
    }

    Page<FinancingRequest> pendingFinancings(Caller caller, String bankMsp, PageRequest page) {
        return state.pendingFinancings(QueueSubject.bank(caller, bankMsp), page);
    }

    Page<CreditLine> lines(Caller caller, String bankMsp, PageRequest page) {
        return state.linesOf(QueueSubject.bank(caller, bankMsp), page);
    }

    Page<RootCertificate> funderCertificates(Caller caller, String bankMsp, PageRequest page) {
        return state.rootsOfFunder(QueueSubject.bank(caller, bankMsp), page);
    }

    Page<RootCertificate> debtorCertificates(Caller caller, String debtorCode, PageRequest page) {
        return state.rootsOfDebtor(
                QueueSubject.party(caller, debtorCode, () -> parties.callerParty().creditCode()),
                page);
    }
}
