package io.tradechain.gateway.pictures;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Text for SVG and HTML: escaping and the way pictures show money. */
final class Markup {
    private Markup() {}

    /** Escaped for XML text and attribute values (both pictures are well-formed XML). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** {@code CNY 1,234,567.89} from minor units (two decimals, as every amount of the ledger). */
    static String money(String currency, long minorUnits) {
        DecimalFormat format =
                new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return currency + " " + format.format(BigDecimal.valueOf(minorUnits, 2));
    }
}
