package io.tradechain.receivables;

/**
 * A root certificate's life as a whole: OUTSTANDING until every live piece is paid (SETTLED);
 * OVERDUE after a missed maturity.
 */
public enum RootStatus {
    PENDING,
    OUTSTANDING,
    OVERDUE,
    SETTLED,
    REJECTED,
    CANCELLED
}
