package io.tradechain.ledger;

/**
 * The block file does not hold the chain this ledger wrote: a record fails its checksum in the
 * middle of the file, a block's hashes do not match its content or its predecessor, or private data
 * does not match the hashes its block recorded. The ledger refuses to start on such a file rather
 * than serve a state nobody committed.
 */
public final class LedgerCorruptedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LedgerCorruptedException(String message) {
        super(message);
    }

    public LedgerCorruptedException(String message, Throwable cause) {
        super(message, cause);
    }
}
