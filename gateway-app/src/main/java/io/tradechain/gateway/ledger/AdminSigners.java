package io.tradechain.gateway.ledger;

import java.util.Optional;

/**
 * Who may sign for an organisation as its administrator when the gateway itself reads the ledger
 * (audit reads, the block event stream). The ledger layer asks this; the security layer answers it
 * from the configured users, so the ledger knows nothing of users.
 */
public interface AdminSigners {
    /** An admin identity of {@code mspId}, if one is configured. */
    Optional<Signer> adminOf(String mspId);
}
