package io.tradechain.gateway.ledger;

/**
 * The gateway's one door to a ledger. Two adapters stand behind it: the embedded ledger (default) and a Fabric
 * network through fabric-gateway. Resources never see which one runs.
 */
public interface LedgerPort {

    /**
     * Endorses, orders and waits for the commit of a transaction.
     *
     * @return the committed transaction, only once it is committed as valid
     * @throws LedgerException when the chaincode refuses, validation invalidates it, or the ledger is unavailable
     */
    Committed submit(Proposal proposal);

    /**
     * Runs a query function on the current committed state; nothing is ordered or written.
     *
     * @throws LedgerException as for {@link #submit}
     */
    byte[] evaluate(Proposal proposal);

    /** A one-line description for health checks and logs, e.g. "embedded ledger, height 42". */
    String describe();
}
