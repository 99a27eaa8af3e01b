package io.tradechain.receivables;

import java.util.List;

/** One settlement transaction: the pieces paid (each to its holder) and the root after it. */
public record SettlementPage(RootCertificate root, List<Piece> paid, boolean complete) {}
