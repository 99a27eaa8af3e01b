package io.tradechain.gateway.receivables;

import io.tradechain.receivables.Piece;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tree of a certificate, built from its pieces (each names its parent): as nested {@link
 * PieceNode}s for programs and as a Mermaid flowchart an operator can paste into any Mermaid viewer
 * to see where the money went (a picture for people: amounts in major units there, as a person
 * reads them).
 */
final class CertificateTree {
    private final Map<String, Piece> pieces = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new LinkedHashMap<>();
    private String rootId;

    CertificateTree(List<Piece> all) {
        for (Piece piece : all) {
            pieces.put(piece.pieceId(), piece);
            if (piece.parentId() == null) {
                rootId = piece.pieceId();
            } else {
                children.computeIfAbsent(piece.parentId(), k -> new ArrayList<>())
                        .add(piece.pieceId());
            }
        }
    }

    /** The root piece with its descendants; null when there are no pieces. */
    PieceNode toNode() {
        return rootId == null ? null : node(rootId);
    }

    private PieceNode node(String id) {
        List<PieceNode> kids = new ArrayList<>();
        for (String child : children.getOrDefault(id, List.of())) {
            kids.add(node(child));
        }
        return PieceNode.of(pieces.get(id), kids);
    }

    /**
     * {@code flowchart TD}, one box per piece (holder, amount, status), edges from parent to child.
     */
    String toMermaid() {
        StringBuilder out = new StringBuilder("flowchart TD\n");
        Map<String, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, Piece> entry : pieces.entrySet()) {
            String name = "p" + names.size();
            names.put(entry.getKey(), name);
            Piece piece = entry.getValue();
            out.append("  ")
                    .append(name)
                    .append("[\"")
                    .append(piece.holderCode())
                    .append("<br/>")
                    .append(piece.amount().currency())
                    .append(' ')
                    .append(piece.amount().toDecimalString())
                    .append("<br/>")
                    .append(piece.status())
                    .append("\"]\n");
        }
        for (Map.Entry<String, List<String>> entry : children.entrySet()) {
            for (String child : entry.getValue()) {
                if (names.containsKey(entry.getKey())) {
                    out.append("  ")
                            .append(names.get(entry.getKey()))
                            .append(" --> ")
                            .append(names.get(child))
                            .append('\n');
                }
            }
        }
        return out.toString();
    }
}
