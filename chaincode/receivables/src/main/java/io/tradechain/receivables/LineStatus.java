package io.tradechain.receivables;

/**
 * ACTIVE lines may be used; FROZEN ones (by the bank, or when a certificate goes overdue) may not.
 */
public enum LineStatus {
    ACTIVE,
    FROZEN
}
