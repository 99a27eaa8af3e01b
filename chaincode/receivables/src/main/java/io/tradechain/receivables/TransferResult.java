package io.tradechain.receivables;

/**
 * A move: the spent piece, the recipient's new piece and, for a split, what stays with the holder
 * (else null).
 */
public record TransferResult(Piece spent, Piece transferred, Piece remainder) {}
