package io.tradechain.gateway.supervision;

import java.util.List;

/** Writes CSV (RFC 4180: CRLF, cells quoted when they hold a comma, quote or line break). */
final class Csv {
    private Csv() {}

    /** A header line and one line per row. */
    static String write(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String cell(String value) {
        String text = value == null || "null".equals(value) ? "" : value;
        if (text.indexOf(',') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
