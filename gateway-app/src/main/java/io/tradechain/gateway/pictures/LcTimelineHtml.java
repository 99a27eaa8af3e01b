package io.tradechain.gateway.pictures;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * An L/C's timeline as an HTML page for a person: the parties by name, then one row per step with a
 * readable time (UTC), the action, the state it moved from and to, who acted (party name and role
 * in the L/C) and the transaction. The page is well-formed XML as well as HTML, so that programs
 * can read it too.
 */
final class LcTimelineHtml {
    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'", Locale.ENGLISH)
                    .withZone(ZoneOffset.UTC);

    private LcTimelineHtml() {}

    static String render(JsonNode timeline, JsonNode terms, PartyNames names) {
        JsonNode lc = timeline.path("lc");
        String lcId = lc.path("lcId").asText();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .append(
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>L/C ")
                .append(Markup.escape(shortId(lcId)))
                .append(" timeline</title><style>")
                .append(
                        "body{font-family:sans-serif;margin:2em;color:#223}table{border-collapse:collapse}")
                .append(
                        "th,td{border-bottom:1px solid #ccd;padding:.35em .7em;text-align:left;vertical-align:top}")
                .append(
                        "th{background:#eef2f7}dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}")
                .append(
                        "dt{font-weight:bold}code{font-size:.85em;color:#556}</style></head><body>\n");
        html.append("<h1>Letter of credit <code>")
                .append(Markup.escape(shortId(lcId)))
                .append("</code></h1>\n");
        html.append("<dl id=\"parties\">");
        definition(html, "status", "status", lc.path("status").asText());
        JsonNode amount = terms.path("amount");
        if (amount.has("minorUnits")) {
            definition(
                    html,
                    "amount",
                    "amount",
                    Markup.money(
                            amount.path("currency").asText(), amount.path("minorUnits").asLong()));
        }
        definition(
                html, "applicant", "applicant", names.name(terms.path("applicantCode").asText()));
        definition(
                html,
                "beneficiary",
                "beneficiary",
                names.name(terms.path("beneficiaryCode").asText()));
        definition(
                html,
                "issuing-bank",
                "issuing bank",
                names.bankOf(lc.path("issuingBankMsp").asText()));
        definition(
                html,
                "advising-bank",
                "advising bank",
                names.bankOf(lc.path("advisingBankMsp").asText()));
        if (terms.hasNonNull("expiryDate")) {
            definition(html, "expiry", "expires on", terms.path("expiryDate").asText());
        }
        html.append(
                        "</dl>\n<table id=\"steps\"><thead><tr><th>#</th><th>when</th><th>what</th><th>of</th>")
                .append("<th>state</th><th>who</th><th>transaction</th></tr></thead><tbody>\n");
        for (JsonNode step : timeline.path("steps")) {
            String role = step.path("actorRole").asText("");
            String at = step.path("at").asText();
            html.append("<tr data-seq=\"")
                    .append(step.path("seq").asInt())
                    .append("\" data-tx-id=\"")
                    .append(Markup.escape(step.path("txId").asText()))
                    .append("\">");
            cell(html, "seq", Integer.toString(step.path("seq").asInt()));
            html.append("<td class=\"when\"><time datetime=\"")
                    .append(Markup.escape(at))
                    .append("\">")
                    .append(Markup.escape(readable(at)))
                    .append("</time></td>");
            cell(html, "action", step.path("action").asText());
            cell(
                    html,
                    "subject",
                    step.path("subject").asInt() == 0
                            ? "the L/C"
                            : "no. " + step.path("subject").asInt());
            cell(
                    html,
                    "state",
                    step.path("from").asText("—") + " → " + step.path("to").asText("—"));
            html.append("<td class=\"who\"><span class=\"party\">")
                    .append(
                            Markup.escape(
                                    actor(role, step.path("actorMsp").asText(), lc, terms, names)))
                    .append("</span>");
            if (!role.isEmpty()) {
                html.append(" <span class=\"role\">(")
                        .append(Markup.escape(role.toLowerCase(Locale.ROOT).replace('_', ' ')))
                        .append(")</span>");
            }
            html.append("</td><td class=\"tx\"><code>")
                    .append(Markup.escape(shortId(step.path("txId").asText())))
                    .append("</code></td></tr>\n");
        }
        html.append(
                        "</tbody></table>\n<p>Times are the transactions' timestamps in UTC. The same data as JSON: ")
                .append("<code>GET /api/v1/lcs/")
                .append(Markup.escape(lcId))
                .append("/timeline</code></p>\n")
                .append("</body></html>\n");
        return html.toString();
    }

    /**
     * The party that acted in this role: the terms name the applicant and beneficiary, the record
     * the banks.
     */
    static String actor(
            String role, String actorMsp, JsonNode lc, JsonNode terms, PartyNames names) {
        return switch (role) {
            case "APPLICANT" -> names.name(terms.path("applicantCode").asText());
            case "BENEFICIARY" -> names.name(terms.path("beneficiaryCode").asText());
            case "ISSUING_BANK" -> names.bankOf(lc.path("issuingBankMsp").asText());
            case "ADVISING_BANK" -> names.bankOf(lc.path("advisingBankMsp").asText());
            case "REGULATOR" -> "the regulator";
            default -> names.bankOf(actorMsp);
        };
    }

    static String readable(String instant) {
        try {
            return WHEN.format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private static void definition(StringBuilder html, String id, String term, String value) {
        html.append("<dt>")
                .append(Markup.escape(term))
                .append("</dt><dd id=\"")
                .append(id)
                .append("\">")
                .append(Markup.escape(value))
                .append("</dd>");
    }

    private static void cell(StringBuilder html, String kind, String text) {
        html.append("<td class=\"")
                .append(kind)
                .append("\">")
                .append(Markup.escape(text))
                .append("</td>");
    }

    private static String shortId(String id) {
        return id.length() > 16 ? id.substring(0, 16) + "…" : id;
    }
}
