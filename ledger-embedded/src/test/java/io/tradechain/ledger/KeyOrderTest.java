package io.tradechain.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Keys sort as LevelDB sorts them: by their UTF-8 bytes, unsigned. */
class KeyOrderTest {
    private static final int[] SAMPLE_CODE_POINTS = {
        0x00, 0x01, 'A', 'z', 0x7F, 0x80, 0x7FF, 0x800, 0x4E2D, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF,
        0x10000, 0x1F600, 0x10FFFF
    };

    private static String randomKey(Random random) {
        StringBuilder key = new StringBuilder();
        int length = random.nextInt(6);
        for (int i = 0; i < length; i++) {
            key.appendCodePoint(SAMPLE_CODE_POINTS[random.nextInt(SAMPLE_CODE_POINTS.length)]);
        }
        return key.toString();
    }

    @Test
    void theOrderIsTheUnsignedOrderOfTheUtf8Bytes() {
        Random random = new Random(20261124L);
        for (int i = 0; i < 200_000; i++) {
            String a = randomKey(random);
            String b = randomKey(random);
            int expected =
                    Integer.signum(
                            Arrays.compareUnsigned(
                                    a.getBytes(StandardCharsets.UTF_8),
                                    b.getBytes(StandardCharsets.UTF_8)));
            assertThat(Integer.signum(KeyOrder.compare(a, b)))
                    .as("%s vs %s", a, b)
                    .isEqualTo(expected);
        }
    }

    @Test
    void aSupplementaryCharacterSortsAfterTheLastBmpCharacters() {
        assertThat(KeyOrder.compare("\uFFFF", new String(Character.toChars(0x10000)))).isNegative();
        assertThat(KeyOrder.compare("a" + new String(Character.toChars(0x10FFFF)), "a\uE000"))
                .isPositive();
        assertThat(KeyOrder.compare("abc", "abcd")).isNegative();
        assertThat(KeyOrder.compare("abc", "abc")).isZero();
    }
}
