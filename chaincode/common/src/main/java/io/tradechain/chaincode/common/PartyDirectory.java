package io.tradechain.chaincode.common;

import java.util.Optional;

/**
 * Resolves parties for a chaincode: the party the transaction's creator acts for, and other parties
 * by credit code. {@link RemotePartyDirectory} asks the party registry chaincode; tests may supply
 * their own.
 */
public interface PartyDirectory {
    /**
     * The party the transaction creator acts for.
     *
     * @throws BusinessException {@code CALLER_NOT_BOUND} (or the registry's own code) if the
     *     creator acts for none
     */
    PartyRef callerParty();

    /** The registered party with this credit code, if any. */
    Optional<PartyRef> find(String creditCode);

    /**
     * Announces the parties a function will look up, so that a directory that asks another
     * chaincode can ask once for the caller and all of them; a no-op for directories that need no
     * announcement.
     */
    default void prefetch(String... creditCodes) {}
}
