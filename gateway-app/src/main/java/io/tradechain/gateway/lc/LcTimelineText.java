package io.tradechain.gateway.lc;

import com.fasterxml.jackson.databind.JsonNode;

/** An L/C's timeline as a plain-text table, one step per line, for operators and audit files. */
final class LcTimelineText {
    private LcTimelineText() {}

    static String render(JsonNode timeline) {
        StringBuilder out = new StringBuilder();
        JsonNode lc = timeline.path("lc");
        out.append("L/C ")
                .append(lc.path("lcId").asText())
                .append("  status ")
                .append(lc.path("status").asText())
                .append('\n');
        out.append(
                String.format(
                        "%-4s %-31s %-22s %-5s %-12s %-12s %-14s %-22s %s%n",
                        "#",
                        "at",
                        "action",
                        "subj",
                        "from",
                        "to",
                        "organisation",
                        "role / name",
                        "transaction"));
        for (JsonNode step : timeline.path("steps")) {
            out.append(
                    String.format(
                            "%-4d %-31s %-22s %-5s %-12s %-12s %-14s %-22s %s%n",
                            step.path("seq").asInt(),
                            step.path("at").asText(),
                            step.path("action").asText(),
                            step.path("subject").asInt() == 0 ? "-" : step.path("subject").asText(),
                            step.path("from").asText("-"),
                            step.path("to").asText("-"),
                            step.path("actorMsp").asText(),
                            step.path("actorRole").asText("-")
                                    + " / "
                                    + step.path("actorName").asText(),
                            step.path("txId").asText()));
        }
        return out.toString();
    }
}
