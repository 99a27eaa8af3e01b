package io.tradechain.chaincode.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageCursorTest {
    private static final CompositeKey HOLDINGS_OF_A = new CompositeKey("rhold", "PARTY-A");
    private static final CompositeKey HOLDINGS_OF_B = new CompositeKey("rhold", "PARTY-B");
    private static final String KEY_OF_A =
            new CompositeKey("rhold", "PARTY-A", "piece-7").toString();
    private static final String KEY_OF_B =
            new CompositeKey("rhold", "PARTY-B", "piece-1").toString();

    @Test
    void aCursorRoundTripsToItsPosition() {
        String cursor = PageCursor.at(HOLDINGS_OF_A, KEY_OF_A).encode();

        assertThat(cursor).startsWith("v1.").matches("v1\\.[A-Za-z0-9_-]+");
        assertThat(cursor).doesNotContain("\u0000").doesNotContain("PARTY-A");
        assertThat(PageCursor.positionFor(cursor, HOLDINGS_OF_A)).isEqualTo(KEY_OF_A);
        assertThat(PageCursor.decode(cursor)).isEqualTo(PageCursor.at(HOLDINGS_OF_A, KEY_OF_A));
        assertThat(PageCursor.decode(cursor).scope()).containsExactly("rhold", "PARTY-A");
        assertThat(PageCursor.at(HOLDINGS_OF_A, KEY_OF_A).encode())
                .as("deterministic")
                .isEqualTo(cursor);
    }

    @Test
    void positionsWithAnyCharactersRoundTrip() {
        Random random = new Random(14);
        CompositeKey all = new CompositeKey("doc");
        for (int i = 0; i < 500; i++) {
            String id = randomPart(random);
            String key = new CompositeKey("doc", id, randomPart(random)).toString();
            assertThat(PageCursor.positionFor(PageCursor.at(all, key).encode(), all))
                    .isEqualTo(key);
        }
    }

    @Test
    void emptyOrAbsentIsTheFirstPage() {
        assertThat(PageCursor.positionFor("", HOLDINGS_OF_A)).isEmpty();
        assertThat(PageCursor.positionFor(null, HOLDINGS_OF_A)).isEmpty();
    }

    @Test
    void changingAnyCharacterOfACursorIsRefused() {
        String cursor = PageCursor.at(HOLDINGS_OF_A, KEY_OF_A).encode();
        String alphabet =
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ \u0000";
        int tried = 0;
        for (int i = 0; i < cursor.length(); i++) {
            for (char c : alphabet.toCharArray()) {
                if (cursor.charAt(i) == c) {
                    continue;
                }
                String changed = cursor.substring(0, i) + c + cursor.substring(i + 1);
                assertInvalid(() -> PageCursor.positionFor(changed, HOLDINGS_OF_A));
                tried++;
            }
        }
        assertThat(tried).isGreaterThan(5000);
    }

    @Test
    void changingAnyBitOfThePayloadIsRefused() {
        String cursor = PageCursor.at(HOLDINGS_OF_A, KEY_OF_A).encode();
        byte[] payload = Base64.getUrlDecoder().decode(cursor.substring(3));
        for (int i = 0; i < payload.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] changed = payload.clone();
                changed[i] ^= (byte) (1 << bit);
                String tampered =
                        "v1." + Base64.getUrlEncoder().withoutPadding().encodeToString(changed);
                assertInvalid(() -> PageCursor.positionFor(tampered, HOLDINGS_OF_A));
            }
        }
    }

    @Test
    void truncatedOrExtendedCursorsAreRefused() {
        String cursor = PageCursor.at(HOLDINGS_OF_A, KEY_OF_A).encode();
        for (int end = 0; end < cursor.length(); end++) {
            String cut = cursor.substring(0, end);
            if (!cut.isEmpty()) {
                assertInvalid(() -> PageCursor.positionFor(cut, HOLDINGS_OF_A));
            }
        }
        for (String suffix : List.of("A", "=", "==", ".", "\u0000", " ", "%00")) {
            assertInvalid(() -> PageCursor.positionFor(cursor + suffix, HOLDINGS_OF_A));
            assertInvalid(() -> PageCursor.positionFor(suffix + cursor, HOLDINGS_OF_A));
        }
    }

    @Test
    void anotherVersionIsRefused() {
        String body = PageCursor.at(HOLDINGS_OF_A, KEY_OF_A).encode().substring(3);
        for (String version : List.of("v0.", "v2.", "V1.", "v1", "", "v10.", "v1..")) {
            assertInvalid(() -> PageCursor.positionFor(version + body, HOLDINGS_OF_A));
        }
    }

    @Test
    void aCursorOfAnotherScopeIsRefused() {
        String ofB = PageCursor.at(HOLDINGS_OF_B, KEY_OF_B).encode();
        assertInvalid(() -> PageCursor.positionFor(ofB, HOLDINGS_OF_A));
        String allHoldings = PageCursor.at(new CompositeKey("rhold"), KEY_OF_B).encode();
        assertInvalid(() -> PageCursor.positionFor(allHoldings, HOLDINGS_OF_A));
        String ofAnotherType =
                PageCursor.at(
                                new CompositeKey("rroot", "PARTY-A"),
                                new CompositeKey("rroot", "PARTY-A", "x").toString())
                        .encode();
        assertInvalid(() -> PageCursor.positionFor(ofAnotherType, HOLDINGS_OF_A));
        // a narrower scope is another scope too
        String narrower =
                PageCursor.at(
                                new CompositeKey("rhold", "PARTY-A", "piece-7"),
                                new CompositeKey("rhold", "PARTY-A", "piece-7", "z").toString())
                        .encode();
        assertInvalid(() -> PageCursor.positionFor(narrower, HOLDINGS_OF_A));
    }

    @ParameterizedTest
    @MethodSource("keysOutsideTheHoldingsOfA")
    void aPositionOutsideThePrefixIsRefused(String key) {
        assertInvalid(
                () ->
                        PageCursor.positionFor(
                                forge(List.of("rhold", "PARTY-A"), key), HOLDINGS_OF_A));
        assertThatThrownBy(() -> PageCursor.at(HOLDINGS_OF_A, key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("PARTY");
    }

    @Test
    void aForgedCursorInsideItsOwnScopeIsJustAPosition() {
        assertThat(
                        PageCursor.positionFor(
                                forge(List.of("rhold", "PARTY-A"), KEY_OF_A), HOLDINGS_OF_A))
                .isEqualTo(KEY_OF_A);
    }

    @Test
    void theLedgerNeverHandsOutAKeyThatIsNotWellFormedText() {
        // (UTF-8 has no lone surrogates: inside a cursor such a key would arrive as '?', still
        // under the prefix)
        assertThatThrownBy(
                        () ->
                                PageCursor.at(
                                        HOLDINGS_OF_A,
                                        "\u0000rhold\u0000PARTY-A\u0000\uD800\u0000"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<String> keysOutsideTheHoldingsOfA() {
        return Stream.of(
                "",
                "\u0000",
                "\u0000rhold\u0000",
                "\u0000rhold\u0000PARTY-A\u0000",
                KEY_OF_B,
                "\u0000rhold\u0000PARTY-A",
                "\u0000rhold\u0000PARTY-A\u0000x",
                "\u0000rhold\u0000PARTY-A-\u0000x\u0000",
                "\u0000rhol\u0000",
                "\u0000rholdz\u0000PARTY-A\u0000x\u0000",
                "plain-key",
                "\u0000rhold\u0000PARTY-A\u0000\uDBFF\uDFFF\u0000",
                "\u0000idem\u0000someone\u0000key\u0000");
    }

    @Test
    void aHugeCursorIsRefusedBeforeDecoding() {
        String huge = "v1." + "A".repeat(PageCursor.MAX_LENGTH);
        assertInvalid(() -> PageCursor.positionFor(huge, HOLDINGS_OF_A));
        String realButLong =
                PageCursor.at(
                                new CompositeKey("doc"),
                                new CompositeKey("doc", "x".repeat(5000)).toString())
                        .encode();
        assertInvalid(() -> PageCursor.positionFor(realButLong, new CompositeKey("doc")));
        assertInvalid(() -> PageCursor.positionFor("x".repeat(1_000_000), HOLDINGS_OF_A));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u0000",
                "\u0000rhold\u0000",
                "\u0000rhold\u0000PARTY-B\u0000",
                "v1.\u0000",
                "v1.AAAA\u0000",
                "%00rhold%00",
                "v1.!!!!",
                "v1.eyJ9",
                "v1.e30",
                "v1.bnVsbA",
                "v1.W10",
                "v1.IiI",
                "v1.eyJoIjoiIiwiayI6IiIsInMiOltdfQ",
                "v1.eyJrIjoiYSJ9",
                "v1.+/+/",
                "v1.AA==",
                "v1.A",
                " ",
                "v1. ",
                "\uD800",
                "v1.\uD800",
                "null",
                "{}",
                "v1"
            })
    void malformedCursorsAreRefused(String cursor) {
        assertInvalid(() -> PageCursor.positionFor(cursor, HOLDINGS_OF_A));
    }

    @Test
    void payloadsThatAreNotExactlyCanonicalAreRefused() {
        String good =
                new String(
                        Base64.getUrlDecoder()
                                .decode(
                                        PageCursor.at(HOLDINGS_OF_A, KEY_OF_A)
                                                .encode()
                                                .substring(3)),
                        StandardCharsets.UTF_8);
        List<String> variants =
                new ArrayList<>(
                        List.of(
                                " " + good,
                                good + " ",
                                good.replace(",", ", "),
                                good.replace("{", "{\"x\":1,"),
                                good.replace("}", ",\"x\":1}"),
                                good.replace("\"s\":", "\"s\":null,\"s\":"),
                                good.replace("\"h\":\"", "\"h\":\"0")));
        for (String variant : variants) {
            String cursor =
                    "v1."
                            + Base64.getUrlEncoder()
                                    .withoutPadding()
                                    .encodeToString(variant.getBytes(StandardCharsets.UTF_8));
            assertInvalid(() -> PageCursor.positionFor(cursor, HOLDINGS_OF_A));
        }
    }

    @Test
    void randomTextIsNeverACursor() {
        Random random = new Random(1414);
        IntStream.range(0, 2000)
                .forEach(
                        i -> {
                            String text = (random.nextBoolean() ? "v1." : "") + randomPart(random);
                            if (!text.isEmpty()) {
                                assertInvalid(() -> PageCursor.positionFor(text, HOLDINGS_OF_A));
                            }
                        });
    }

    @Test
    void refusalsNameTheFieldAndNothingOfTheInput() {
        String ofB = PageCursor.at(HOLDINGS_OF_B, KEY_OF_B).encode();
        for (String cursor :
                List.of(ofB, "\u0000rhold\u0000PARTY-B\u0000", "v1.garbage", "PARTY-B")) {
            assertThatThrownBy(() -> PageCursor.positionFor(cursor, HOLDINGS_OF_A))
                    .isInstanceOfSatisfying(
                            BusinessException.class,
                            e -> {
                                assertThat(e.code()).isEqualTo("INVALID_CURSOR");
                                assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION);
                                assertThat(e.details())
                                        .containsExactly(java.util.Map.entry("field", "bookmark"));
                                assertThat(e.getMessage())
                                        .doesNotContain("PARTY")
                                        .doesNotContain("rhold")
                                        .doesNotContain("\u0000")
                                        .doesNotContain(cursor);
                            });
        }
        assertThat(PageCursor.decode(ofB).toString()).doesNotContain("PARTY");
    }

    /**
     * A cursor with a correct check for any scope and position, as a client who read this code
     * could build.
     */
    private static String forge(List<String> scope, String position) {
        StringBuilder text = new StringBuilder("v1.");
        scope.forEach(part -> text.append(part).append('\u0000'));
        text.append('\u0000').append(position);
        String check = Hashes.sha256Hex(text.toString()).substring(0, 16);
        byte[] json = CanonicalJson.toBytes(new PageCursor.Payload(check, position, scope));
        return "v1." + Base64.getUrlEncoder().withoutPadding().encodeToString(json);
    }

    private static String randomPart(Random random) {
        int length = 1 + random.nextInt(12);
        StringBuilder part = new StringBuilder();
        while (part.length() < length) {
            int c =
                    switch (random.nextInt(4)) {
                        case 0 -> 'a' + random.nextInt(26);
                        case 1 -> 0x20 + random.nextInt(0x5f);
                        case 2 -> 0x100 + random.nextInt(0xD000);
                        default -> 0x10000 + random.nextInt(0xFFFF);
                    };
            part.appendCodePoint(c);
        }
        return part.toString();
    }

    private static void assertInvalid(ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo("INVALID_CURSOR"));
    }
}
