package io.tradechain.ledger;

import java.util.Comparator;

/**
 * LevelDB orders keys by their UTF-8 bytes, which is code-point order. Java's String order is
 * UTF-16 order and differs for characters above U+FFFF, such as the U+10FFFF that ends a partial
 * composite key range.
 */
final class KeyOrder {
    static final Comparator<String> CODE_POINTS = KeyOrder::compare;

    /**
     * Code-point order without decoding: UTF-16 units compare like code points except that
     * surrogates (U+D800 to U+DFFF, which encode code points above U+FFFF) must sort after U+E000
     * to U+FFFF. Shifting both ranges when the first differing units are both at or above U+D800
     * fixes exactly that case.
     */
    static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                if (ca >= 0xD800 && cb >= 0xD800) {
                    return shift(ca) - shift(cb);
                }
                return ca - cb;
            }
        }
        return a.length() - b.length();
    }

    private static int shift(char c) {
        return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }

    private KeyOrder() {}
}
