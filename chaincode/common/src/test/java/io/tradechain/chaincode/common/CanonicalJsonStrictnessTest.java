package io.tradechain.chaincode.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Client arguments are read without any silent conversion: whatever is not exactly the declared
 * shape is refused.
 */
class CanonicalJsonStrictnessTest {
    enum Kind {
        CORE_ENTERPRISE,
        SUPPLIER
    }

    record Terms(
            Money amount,
            int tolerancePct,
            long discountRateBp,
            String name,
            Kind kind,
            boolean revocable,
            List<String> notes,
            Map<String, String> labels,
            JsonNode extra) {}

    private static final String VALID =
            "{\"amount\":{\"currency\":\"CNY\",\"minorUnits\":100},\"tolerancePct\":5,"
                    + "\"discountRateBp\":295,\"name\":\"CoreCo\",\"kind\":\"SUPPLIER\",\"revocable\":false}";

    private static String with(String property, String json) {
        return VALID.replaceFirst(
                "\"" + property + "\":(\\{[^}]*\\}|\"[^\"]*\"|[^,}]*)",
                "\"" + property + "\":" + java.util.regex.Matcher.quoteReplacement(json));
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of(
                        "fraction in money",
                        with("amount", "{\"currency\":\"CNY\",\"minorUnits\":2.7}")),
                Arguments.of(
                        "100.5 in money",
                        with("amount", "{\"currency\":\"CNY\",\"minorUnits\":100.5}")),
                Arguments.of(
                        "100.0 in money",
                        with("amount", "{\"currency\":\"CNY\",\"minorUnits\":100.0}")),
                Arguments.of(
                        "exponent in money",
                        with("amount", "{\"currency\":\"CNY\",\"minorUnits\":1e8}")),
                Arguments.of(
                        "text in money",
                        with("amount", "{\"currency\":\"CNY\",\"minorUnits\":\"3\"}")),
                Arguments.of(
                        "empty text in money",
                        with("amount", "{\"currency\":\"CNY\",\"minorUnits\":\"\"}")),
                Arguments.of(
                        "null in money",
                        with("amount", "{\"currency\":\"CNY\",\"minorUnits\":null}")),
                Arguments.of(
                        "beyond long",
                        with(
                                "amount",
                                "{\"currency\":\"CNY\",\"minorUnits\":9223372036854775808}")),
                Arguments.of(
                        "boolean in money",
                        with("amount", "{\"currency\":\"CNY\",\"minorUnits\":true}")),
                Arguments.of(
                        "array in money",
                        with("amount", "{\"currency\":\"CNY\",\"minorUnits\":[1]}")),
                Arguments.of(
                        "number as currency",
                        with("amount", "{\"currency\":156,\"minorUnits\":1}")),
                Arguments.of("fraction in int", with("tolerancePct", "5.9")),
                Arguments.of("text in int", with("tolerancePct", "\"5\"")),
                Arguments.of("text in long", with("discountRateBp", "\"295\"")),
                Arguments.of("exponent in long", with("discountRateBp", "2.95e2")),
                Arguments.of("number as text", with("name", "123")),
                Arguments.of("boolean as text", with("name", "true")),
                Arguments.of("lone high surrogate", with("name", "\"a\\ud800b\"")),
                Arguments.of("lone low surrogate", with("name", "\"\\udc00\"")),
                Arguments.of("surrogates reversed", with("name", "\"\\udc00\\ud800\"")),
                Arguments.of(
                        "number in a list",
                        VALID.substring(0, VALID.length() - 1) + ",\"notes\":[1]}"),
                Arguments.of(
                        "surrogate in a list element",
                        VALID.substring(0, VALID.length() - 1) + ",\"notes\":[\"\\ud83d\"]}"),
                Arguments.of(
                        "surrogate in a map key",
                        VALID.substring(0, VALID.length() - 1)
                                + ",\"labels\":{\"\\ud800\":\"x\"}}"),
                Arguments.of(
                        "surrogate in a tree",
                        VALID.substring(0, VALID.length() - 1)
                                + ",\"extra\":{\"a\":[\"\\udfff\"]}}"),
                Arguments.of("enum by position", with("kind", "0")),
                Arguments.of("enum from empty text", with("kind", "\"\"")),
                Arguments.of("number as boolean", with("revocable", "0")),
                Arguments.of("text as boolean", with("revocable", "\"false\"")),
                Arguments.of("trailing garbage", VALID + "garbage"),
                Arguments.of("a second document", VALID + "{}"),
                Arguments.of(
                        "duplicate key",
                        VALID.replace("{\"amount\"", "{\"name\":\"X\",\"amount\"")),
                Arguments.of(
                        "unknown property",
                        VALID.replace("{\"amount\"", "{\"amuont\":1,\"amount\"")),
                Arguments.of(
                        "single value as list",
                        VALID.substring(0, VALID.length() - 1) + ",\"notes\":\"x\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void isRefusedAsInvalidArgument(String what, String json) {
        assertThat(json).isNotEqualTo(VALID);
        assertThatThrownBy(() -> CanonicalJson.parseArgument("terms", json, Terms.class))
                .isInstanceOf(BusinessException.class)
                .satisfies(
                        e -> {
                            BusinessException refusal = (BusinessException) e;
                            assertThat(refusal.code()).isEqualTo("INVALID_ARGUMENT");
                            assertThat(refusal.kind()).isEqualTo(ErrorKind.VALIDATION);
                            assertThat(refusal.details()).containsEntry("field", "terms");
                            assertThat(refusal.getMessage())
                                    .doesNotContain("Exception")
                                    .doesNotContain("com.fasterxml");
                        });
    }

    @Test
    void theValidFormIsRead() {
        Terms terms =
                CanonicalJson.parseArgument(
                        "terms",
                        VALID.substring(0, VALID.length() - 1)
                                + ",\"notes\":[\"\\ud83d\\ude00\"],\"labels\":{\"k\":\"v\"},\"extra\":{\"a\":[1,\"\\u00e9\"]}}",
                        Terms.class);
        assertThat(terms.amount()).isEqualTo(Money.of(100, "CNY"));
        assertThat(terms.tolerancePct()).isEqualTo(5);
        assertThat(terms.discountRateBp()).isEqualTo(295);
        assertThat(terms.kind()).isEqualTo(Kind.SUPPLIER);
        assertThat(terms.notes()).containsExactly("\uD83D\uDE00");
        assertThat(terms.extra().get("a").get(1).asText()).isEqualTo("é");
    }

    @Test
    void moneyTakesEveryWholeNumberWithinLongAndNothingElse() {
        assertThat(
                        CanonicalJson.parseArgument(
                                        "amount",
                                        "{\"currency\":\"CNY\",\"minorUnits\":9223372036854775807}",
                                        Money.class)
                                .minorUnits())
                .isEqualTo(Long.MAX_VALUE);
        assertThat(
                        CanonicalJson.parseArgument(
                                        "amount",
                                        "{\"currency\":\"CNY\",\"minorUnits\":-5}",
                                        Money.class)
                                .minorUnits())
                .isEqualTo(-5);
        for (String units :
                List.of(
                        "2.7",
                        "1e8",
                        "1E8",
                        "100.0",
                        "\"3\"",
                        "-0.0",
                        "9223372036854775808",
                        "-9223372036854775809",
                        "100000000000000000000")) {
            assertThatThrownBy(
                            () ->
                                    CanonicalJson.parseArgument(
                                            "amount",
                                            "{\"currency\":\"CNY\",\"minorUnits\":" + units + "}",
                                            Money.class))
                    .as(units)
                    .isInstanceOf(BusinessException.class)
                    .hasMessageStartingWith("[VALIDATION/INVALID_ARGUMENT] amount");
        }
    }

    @Test
    void anUnpairedSurrogateIsNamedAsSuch() {
        assertThatThrownBy(
                        () ->
                                CanonicalJson.parseArgument(
                                        "terms", with("name", "\"\\ud800\""), Terms.class))
                .hasMessageContaining("property 'name' must be valid Unicode text");
    }

    @Test
    void treesAreCheckedToo() throws Exception {
        assertThatThrownBy(() -> CanonicalJson.mapper().readTree("[\"\\ud800\"]"))
                .isInstanceOf(StrictJson.InvalidTextException.class);
        assertThatThrownBy(() -> CanonicalJson.mapper().readTree("{\"a\":1,\"a\":2}"))
                .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
        assertThat(CanonicalJson.mapper().readTree("{\"a\":\"\\ud83d\\ude00\"}").get("a").asText())
                .isEqualTo("\uD83D\uDE00");
    }

    @Test
    void wellFormednessOfTexts() {
        assertThat(StrictJson.isWellFormed("")).isTrue();
        assertThat(StrictJson.isWellFormed("abc\uD83D\uDE00")).isTrue();
        assertThat(StrictJson.isWellFormed("\uD83D")).isFalse();
        assertThat(StrictJson.isWellFormed("\uDE00\uD83D")).isFalse();
        assertThat(StrictJson.isWellFormed("a\uD83Db")).isFalse();
    }
}
