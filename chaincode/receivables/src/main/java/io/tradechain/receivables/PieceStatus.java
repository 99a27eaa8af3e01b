package io.tradechain.receivables;

/**
 * A piece's life: a root is PENDING until the supplier accepts (LIVE) or rejects (REJECTED), or the
 * debtor cancels it (CANCELLED). A LIVE piece that moves becomes SPENT and its children LIVE. A
 * piece offered for financing is FINANCING until the bank decides: approval spends it to a LIVE
 * piece of the bank, refusal makes it LIVE again. At settlement each LIVE or FINANCING piece
 * becomes SETTLED (paid to its holder).
 */
public enum PieceStatus {
    PENDING,
    LIVE,
    /**
     * Offered for financing to the funder bank: it cannot move until the bank approves or refuses.
     */
    FINANCING,
    SPENT,
    SETTLED,
    REJECTED,
    CANCELLED
}
