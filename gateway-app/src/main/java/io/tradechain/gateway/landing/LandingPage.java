package io.tradechain.gateway.landing;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.gateway.security.DemoUser;
import java.util.List;
import java.util.Map;

/**
 * The gateway's front page: what it is, who to log in as (the demo users with their organisation,
 * party and roles), and links to the Swagger UI, the pictures, health and metrics. Well-formed XML
 * as well as HTML.
 */
final class LandingPage {
    private LandingPage() {}

    /**
     * @param users the demo users (none when the gateway authenticates with bearer tokens only)
     * @param parties the fixture parties by credit code
     */
    static String render(String served, List<DemoUser> users, Map<String, JsonNode> parties) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .append("<title>tradechain gateway</title><style>")
                .append("body{font-family:sans-serif;margin:2em;max-width:72em;color:#223}")
                .append(
                        "table{border-collapse:collapse}th,td{border-bottom:1px solid #ccd;padding:.3em .7em;")
                .append("text-align:left;vertical-align:top}th{background:#eef2f7}code{color:#445}")
                .append("form{margin:.4em 0}input[type=text]{width:36em;font-family:monospace}")
                .append("nav a{margin-right:1.2em}</style></head><body>\n");
        html.append(
                        "<h1>tradechain gateway</h1>\n<p>Supply-chain and trade finance on a shared ledger. This gateway ")
                .append("serves <strong id=\"organisation\">")
                .append(
                        escape(
                                "all".equals(served)
                                        ? "every organisation (one demo process)"
                                        : served))
                .append("</strong>.</p>\n");
        html.append(
                        "<nav id=\"links\"><a id=\"swagger-ui\" href=\"/q/swagger-ui\">Swagger UI (try the API)</a>")
                .append("<a id=\"openapi\" href=\"/q/openapi\">OpenAPI document</a>")
                .append("<a id=\"health\" href=\"/q/health\">health</a>")
                .append("<a id=\"metrics\" href=\"/q/metrics\">metrics (Prometheus)</a></nav>\n");
        if (!users.isEmpty()) {
            html.append(
                            "<h2>Log in as</h2>\n<p>In the Swagger UI press <em>Authorize</em> and give one of these ")
                    .append(
                            "users with the password <code>demo</code>.</p>\n<table id=\"users\"><thead><tr>")
                    .append(
                            "<th>user</th><th>organisation</th><th>acts for</th><th>roles</th><th>what for</th>")
                    .append("</tr></thead><tbody>\n");
            for (DemoUser user : users) {
                JsonNode party = user.partyCode() == null ? null : parties.get(user.partyCode());
                html.append("<tr data-user=\"").append(escape(user.username())).append("\">");
                cell(html, "user", user.username());
                cell(html, "organisation", user.mspId());
                html.append("<td class=\"party\"><span class=\"name\">")
                        .append(
                                escape(
                                        party == null
                                                ? (user.partyCode() == null
                                                        ? "the organisation itself"
                                                        : user.partyCode())
                                                : party.path("name").asText()))
                        .append("</span>");
                if (party != null && party.hasNonNull("englishName")) {
                    html.append("<br/><span class=\"english\">")
                            .append(escape(party.path("englishName").asText()))
                            .append("</span>");
                }
                html.append("</td>");
                cell(html, "roles", String.join(", ", user.roles()));
                cell(html, "description", user.description() == null ? "" : user.description());
                html.append("</tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        html.append(
                        "<h2>Pictures</h2>\n<p>Your browser asks for a user and password (as above); you see what that ")
                .append("user may see.</p>\n");
        html.append(
                        "<form id=\"lineage\" method=\"get\" action=\"/api/v1/pictures/certificate-lineage\">")
                .append(
                        "<label>Certificate lineage (SVG), certificate id: <input type=\"text\" name=\"rootId\" ")
                .append(
                        "pattern=\"[0-9a-f]{64}\" required=\"required\"/></label> <button type=\"submit\">draw")
                .append("</button></form>\n");
        html.append("<form id=\"timeline\" method=\"get\" action=\"/api/v1/pictures/lc-timeline\">")
                .append("<label>L/C timeline (HTML), L/C id: <input type=\"text\" name=\"lcId\" ")
                .append(
                        "pattern=\"[0-9a-f]{64}\" required=\"required\"/></label> <button type=\"submit\">show")
                .append("</button></form>\n");
        html.append("<p>Ids: <code>GET /api/v1/receivables/parties/{code}/holdings</code> and ")
                .append(
                        "<code>GET /api/v1/lcs</code> list them; the demo L/C's id is in the gateway's log.</p>\n")
                .append("</body></html>\n");
        return html.toString();
    }

    private static void cell(StringBuilder html, String kind, String text) {
        html.append("<td class=\"").append(kind).append("\">").append(escape(text)).append("</td>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
