package io.tradechain.receivables;

/**
 * A piece's life: a root is PENDING until the supplier accepts (LIVE) or rejects (REJECTED), or the debtor cancels it
 * (CANCELLED). A LIVE piece that moves becomes SPENT and its children LIVE. At settlement each LIVE piece becomes
 * SETTLED (paid to its holder).
 */
public enum PieceStatus {
    PENDING,
    LIVE,
    SPENT,
    SETTLED,
    REJECTED,
    CANCELLED
}
