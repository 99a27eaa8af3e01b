package io.tradechain.gateway.receivables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tree of a certificate, built from its pieces (each names its parent): as nested JSON for programs and as a
 * Mermaid flowchart an operator can paste into any Mermaid viewer to see where the money went.
 */
final class CertificateTree {
    private final Map<String, JsonNode> pieces = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new LinkedHashMap<>();
    private String rootId;

    CertificateTree(List<JsonNode> all) {
        for (JsonNode piece : all) {
            String id = piece.path("pieceId").asText();
            pieces.put(id, piece);
            JsonNode parent = piece.get("parentId");
            if (parent == null || parent.isNull()) {
                rootId = id;
            } else {
                children.computeIfAbsent(parent.asText(), k -> new ArrayList<>()).add(id);
            }
        }
    }

    JsonNode toJson(ObjectMapper mapper) {
        return rootId == null ? mapper.nullNode() : node(mapper, rootId);
    }

    private JsonNode node(ObjectMapper mapper, String id) {
        ObjectNode node = pieces.get(id).deepCopy();
        ArrayNode kids = node.putArray("children");
        for (String child : children.getOrDefault(id, List.of())) {
            kids.add(node(mapper, child));
        }
        return node;
    }

    /** {@code flowchart TD}, one box per piece (holder, amount, status), edges from parent to child. */
    String toMermaid() {
        StringBuilder out = new StringBuilder("flowchart TD\n");
        Map<String, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : pieces.entrySet()) {
            String name = "p" + names.size();
            names.put(entry.getKey(), name);
            JsonNode piece = entry.getValue();
            JsonNode amount = piece.path("amount");
            out.append("  ").append(name).append("[\"").append(piece.path("holderCode").asText()).append("<br/>")
                    .append(amount.path("currency").asText()).append(' ')
                    .append(decimal(amount.path("minorUnits").asLong())).append("<br/>")
                    .append(piece.path("status").asText()).append("\"]\n");
        }
        for (Map.Entry<String, List<String>> entry : children.entrySet()) {
            for (String child : entry.getValue()) {
                if (names.containsKey(entry.getKey())) {
                    out.append("  ").append(names.get(entry.getKey())).append(" --> ").append(names.get(child))
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String decimal(long minorUnits) {
        return java.math.BigDecimal.valueOf(minorUnits, 2).toPlainString();
    }
}
