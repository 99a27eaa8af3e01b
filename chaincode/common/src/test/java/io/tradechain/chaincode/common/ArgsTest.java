package io.tradechain.chaincode.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ArgsTest {
    enum Colour { RED, GREEN }

    private static void refused(Runnable check, String field) {
        assertThatThrownBy(check::run).isInstanceOf(BusinessException.class)
                .satisfies(t -> assertThat(((BusinessException) t).details()).containsEntry("field", field));
    }

    @Test
    void text() {
        assertThat(Args.text("name", "上海华东", 10)).isEqualTo("上海华东");
        refused(() -> Args.text("name", null, 10), "name");
        refused(() -> Args.text("name", " ", 10), "name");
        refused(() -> Args.text("name", "x".repeat(11), 10), "name");
        refused(() -> Args.text("name", " x", 10), "name");
        refused(() -> Args.text("name", "a\u0007b", 10), "name");
        assertThat(Args.optionalText("memo", "", 10)).isNull();
    }

    @Test
    void numbersDatesEnumsHashes() {
        assertThat(Args.positive("amount", 1)).isEqualTo(1);
        refused(() -> Args.positive("amount", 0), "amount");
        refused(() -> Args.nonNegative("fee", -1), "fee");
        refused(() -> Args.count("batch", 501, 1, 500), "batch");
        assertThat(Args.isoDate("maturity", "2026-02-28")).isEqualTo("2026-02-28");
        refused(() -> Args.isoDate("maturity", "2026-02-30"), "maturity");
        refused(() -> Args.isoDate("maturity", "28/02/2026"), "maturity");
        assertThat(Args.oneOf("colour", "RED", Colour.class)).isEqualTo(Colour.RED);
        assertThatThrownBy(() -> Args.oneOf("colour", "red", Colour.class)).hasMessageContaining("RED, GREEN");
        assertThat(Args.sha256Hex("hash", "a".repeat(64))).hasSize(64);
        refused(() -> Args.sha256Hex("hash", "A".repeat(64)), "hash");
        refused(() -> Args.matches("no", "12x", Pattern.compile("\\d+"), "digits"), "no");
    }
}
