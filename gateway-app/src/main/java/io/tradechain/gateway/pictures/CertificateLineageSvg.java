package io.tradechain.gateway.pictures;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A certificate's lineage as an SVG tree: one box per piece (holder's party name, amount, status),
 * the root on top, each split or transfer one level down. Pieces a bank holds are marked financed,
 * pieces offered to the bank marked financing requested. Layout: leaves side by side left to right,
 * a parent centred over its first and last child.
 */
final class CertificateLineageSvg {
    static final int BOX_WIDTH = 240;
    static final int BOX_HEIGHT = 72;
    private static final int GAP_X = 24;
    private static final int GAP_Y = 56;
    private static final int MARGIN = 20;
    private static final int HEADER = 44;
    private static final int LEGEND = 40;

    private final Map<String, JsonNode> pieces = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new LinkedHashMap<>();
    private final Map<String, double[]> positions = new HashMap<>();
    private final PartyNames names;
    private String rootId;
    private double nextLeaf;
    private int levels;

    CertificateLineageSvg(List<JsonNode> all, PartyNames names) {
        this.names = names;
        for (JsonNode piece : all) {
            String id = piece.path("pieceId").asText();
            pieces.put(id, piece);
        }
        for (JsonNode piece : all) {
            JsonNode parent = piece.get("parentId");
            String id = piece.path("pieceId").asText();
            if (parent == null || parent.isNull() || !pieces.containsKey(parent.asText())) {
                if (rootId == null || parent == null || parent.isNull()) {
                    rootId = id;
                }
            } else {
                children.computeIfAbsent(parent.asText(), k -> new ArrayList<>()).add(id);
            }
        }
    }

    String render(String certificateId) {
        if (rootId != null) {
            place(rootId, 0);
        }
        int width =
                (int)
                        Math.max(
                                BOX_WIDTH + 2 * MARGIN,
                                nextLeaf * (BOX_WIDTH + GAP_X) - GAP_X + 2 * MARGIN);
        width = Math.max(width, 520);
        int height = HEADER + levels * (BOX_HEIGHT + GAP_Y) - GAP_Y + LEGEND + 2 * MARGIN;
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"13\" data-certificate-id=\"")
                .append(Markup.escape(certificateId))
                .append("\">\n");
        svg.append("<title>Lineage of certificate ")
                .append(Markup.escape(certificateId))
                .append("</title>\n");
        svg.append(
                "<style>.piece rect{fill:#f4f7fb;stroke:#345;stroke-width:1.2}"
                        + ".piece.financed rect{fill:#fdebc8;stroke:#b36b00;stroke-width:2}"
                        + ".piece.financing rect{fill:#fff8e6;stroke:#b36b00;stroke-dasharray:5 3}"
                        + ".piece.spent rect{fill:#eceff1;stroke:#90a4ae}"
                        + ".holder{font-weight:bold}.mark{fill:#b36b00;font-weight:bold}"
                        + ".edge{fill:none;stroke:#607d8b;stroke-width:1.4}.edge.transfer{stroke:#1565c0}"
                        + ".edge.financing{stroke:#b36b00;stroke-width:2}</style>\n");
        svg.append("<text class=\"heading\" x=\"")
                .append(MARGIN)
                .append("\" y=\"")
                .append(MARGIN + 14)
                .append("\" font-size=\"15\">Certificate ")
                .append(Markup.escape(shortId(certificateId)))
                .append(": where the money went</text>\n");
        for (Map.Entry<String, List<String>> entry : children.entrySet()) {
            for (String child : entry.getValue()) {
                edge(svg, entry.getKey(), child);
            }
        }
        for (String id : pieces.keySet()) {
            if (positions.containsKey(id)) {
                box(svg, id);
            }
        }
        legend(svg, height - MARGIN - 8);
        svg.append("</svg>\n");
        return svg.toString();
    }

    /**
     * Leaves take the next slot; a parent sits centred over its children. Returns the piece's
     * centre slot.
     */
    private double place(String id, int level) {
        levels = Math.max(levels, level + 1);
        List<String> kids = children.getOrDefault(id, List.of());
        double slot;
        if (kids.isEmpty()) {
            slot = nextLeaf++;
        } else {
            double first = Double.NaN;
            double last = 0;
            for (String kid : kids) {
                last = place(kid, level + 1);
                if (Double.isNaN(first)) {
                    first = last;
                }
            }
            slot = (first + last) / 2;
        }
        positions.put(
                id,
                new double[] {
                    MARGIN + slot * (BOX_WIDTH + GAP_X),
                    MARGIN + HEADER + level * (BOX_HEIGHT + GAP_Y)
                });
        return slot;
    }

    private void box(StringBuilder svg, String id) {
        JsonNode piece = pieces.get(id);
        double[] at = positions.get(id);
        String holder = piece.path("holderCode").asText();
        String status = piece.path("status").asText();
        boolean financed = names.isBank(holder);
        boolean financing = "FINANCING".equals(status);
        String kind =
                financed
                        ? "financed"
                        : financing ? "financing" : "SPENT".equals(status) ? "spent" : "held";
        JsonNode amount = piece.path("amount");
        String money =
                Markup.money(amount.path("currency").asText(), amount.path("minorUnits").asLong());
        String name = names.name(holder);
        svg.append("<g class=\"piece ")
                .append(kind)
                .append("\" data-piece-id=\"")
                .append(Markup.escape(id))
                .append("\" data-status=\"")
                .append(Markup.escape(status))
                .append("\" transform=\"translate(")
                .append(number(at[0]))
                .append(',')
                .append(number(at[1]))
                .append(")\">");
        svg.append("<title>")
                .append(Markup.escape(name + ", " + money + ", " + status))
                .append("</title>");
        svg.append("<rect width=\"")
                .append(BOX_WIDTH)
                .append("\" height=\"")
                .append(BOX_HEIGHT)
                .append("\" rx=\"6\"/>");
        svg.append("<text class=\"holder\" x=\"10\" y=\"21\">")
                .append(Markup.escape(fit(name)))
                .append("</text>");
        svg.append("<text class=\"amount\" x=\"10\" y=\"41\">")
                .append(Markup.escape(money))
                .append("</text>");
        svg.append("<text class=\"status\" x=\"10\" y=\"61\">")
                .append(Markup.escape(status))
                .append("</text>");
        if (financed || financing) {
            svg.append("<text class=\"mark\" x=\"")
                    .append(BOX_WIDTH - 10)
                    .append("\" y=\"61\" text-anchor=\"end\">")
                    .append(financed ? "FINANCED" : "FINANCING REQUESTED")
                    .append("</text>");
        }
        svg.append("</g>\n");
    }

    private void edge(StringBuilder svg, String parent, String child) {
        double[] from = positions.get(parent);
        double[] to = positions.get(child);
        if (from == null || to == null) {
            return;
        }
        String before = pieces.get(parent).path("holderCode").asText();
        String after = pieces.get(child).path("holderCode").asText();
        String kind =
                before.equals(after) ? "kept" : names.isBank(after) ? "financing" : "transfer";
        double x1 = from[0] + BOX_WIDTH / 2.0;
        double y1 = from[1] + BOX_HEIGHT;
        double x2 = to[0] + BOX_WIDTH / 2.0;
        double y2 = to[1];
        double mid = (y1 + y2) / 2;
        svg.append("<path class=\"edge ")
                .append(kind)
                .append("\" data-from=\"")
                .append(Markup.escape(parent))
                .append("\" data-to=\"")
                .append(Markup.escape(child))
                .append("\" d=\"M")
                .append(number(x1))
                .append(' ')
                .append(number(y1))
                .append(" C")
                .append(number(x1))
                .append(' ')
                .append(number(mid))
                .append(' ')
                .append(number(x2))
                .append(' ')
                .append(number(mid))
                .append(' ')
                .append(number(x2))
                .append(' ')
                .append(number(y2))
                .append("\"/>\n");
    }

    private static void legend(StringBuilder svg, int y) {
        svg.append("<g class=\"legend\" font-size=\"12\">");
        svg.append("<text x=\"")
                .append(MARGIN)
                .append("\" y=\"")
                .append(y)
                .append("\">")
                .append(
                        "blue line: transferred to another party · grey line: the rest kept · orange line and box: "
                                + "financed by the bank · dashed box: financing requested")
                .append("</text></g>\n");
    }

    private static String fit(String name) {
        return name.codePointCount(0, name.length()) > 30
                ? name.substring(0, name.offsetByCodePoints(0, 29)) + "…"
                : name;
    }

    private static String shortId(String id) {
        return id.length() > 12 ? id.substring(0, 12) + "…" : id;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
