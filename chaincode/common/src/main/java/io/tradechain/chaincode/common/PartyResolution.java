package io.tradechain.chaincode.common;

import java.util.List;

/**
 * The party registry's answer to {@code Resolve}: in one invocation, the party the caller acts for
 * (or why it acts for none) and each party asked for by credit code, in the order asked ({@code
 * null} where none is registered). Other chaincodes use it so that a transaction invokes the party
 * registry once (see {@link RemotePartyDirectory}).
 *
 * @param caller the caller's party, or null
 * @param callerError why the caller has no party (e.g. {@code CALLER_NOT_BOUND}), or null
 * @param parties the parties asked for, null entries for unregistered codes
 */
public record PartyResolution(PartyRef caller, ErrorInfo callerError, List<PartyRef> parties) {
    /** The registry's function name. */
    public static final String FUNCTION = "Resolve";

    /** At most this many credit codes in one call. */
    public static final int MAX_CODES = 20;
}
