package io.tradechain.receivables;

import java.util.List;

/**
 * A piece traced to its root (溯源): the certificate with its trade, and every hop (change of holder)
 * from the root down to the piece.
 */
public record Trace(RootCertificate root, List<Piece> hops) {}
