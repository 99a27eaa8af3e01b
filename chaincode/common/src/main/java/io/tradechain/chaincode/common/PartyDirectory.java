package io.tradechain.chaincode.common;

import java.util.Optional;

/** Resolves parties: the caller's own (from its identity) and others by credit code. */
public interface PartyDirectory {
    /** The party the transaction creator acts for; CALLER_NOT_BOUND if none. */
    PartyRef callerParty();

    Optional<PartyRef> find(String creditCode);
}
