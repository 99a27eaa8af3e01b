package io.tradechain.gateway.ledger.fabric;

import java.util.List;
import java.util.Locale;

/**
 * Recognises, in a Fabric peer's error text, a failure of the network rather than of the request:
 * the peer could not reach or start the chaincode (its stream broke, it timed out), or could not
 * hand a private write to the other members' peers. Nothing the client sent explains these, and the
 * same request may succeed a moment later, so they are {@code LedgerException.Category.UNAVAILABLE}
 * (answered {@code LEDGER_UNAVAILABLE}), not a chaincode failure or a refusal. The fragments are
 * the peer's own messages (Fabric 2.5: core/chaincode, core/endorser, gossip/privdata,
 * internal/pkg/gateway).
 */
final class PeerSideFailures {
    private static final List<String> FRAGMENTS =
            List.of(
                    "chaincode stream terminated",
                    "error sending",
                    "timeout expired while executing transaction",
                    "timeout expired while starting chaincode",
                    "could not launch chaincode",
                    "chaincode registration failed",
                    "connection refused",
                    "failed to distribute private collection",
                    "could not build private data dissemination plan",
                    "required to disseminate to at least",
                    "context deadline exceeded",
                    "transport is closing");

    private PeerSideFailures() {}

    /** Whether the text names one of the failures above (case-insensitive). */
    static boolean matches(String message) {
        if (message == null) {
            return false;
        }
        String text = message.toLowerCase(Locale.ROOT);
        return FRAGMENTS.stream().anyMatch(text::contains);
    }
}
