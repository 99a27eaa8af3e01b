package io.tradechain.testkit;

import java.util.Comparator;

/**
 * LevelDB orders keys by their UTF-8 bytes, which is code-point order. Java's String order is UTF-16 order and
 * differs for characters above U+FFFF, such as the U+10FFFF that ends a partial composite key range.
 */
final class KeyOrder {
    static final Comparator<String> CODE_POINTS = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private KeyOrder() {
    }
}
