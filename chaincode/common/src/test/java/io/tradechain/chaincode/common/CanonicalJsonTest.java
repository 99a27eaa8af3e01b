package io.tradechain.chaincode.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
    /** A ledger value holding a map whose iteration order depends on how it was filled. */
    record Shipment(String zone, Map<String, Long> quantities, Money value, String note) {}

    record Order(String id, List<Shipment> shipments, long count) {}

    /** A class with a derived getter: only its fields are state. */
    static final class Account {
        private final String owner = "acme";
        private final long balance = 5;

        public boolean isEmpty() {
            return balance == 0;
        }
    }

    private static Shipment shipment(Map<String, Long> quantities) {
        return new Shipment("east", quantities, Money.of(150, "CNY"), null);
    }

    @Test
    void equalValuesGiveByteIdenticalJsonWhateverTheMapOrder() {
        Map<String, Long> hashed = new HashMap<>();
        Map<String, Long> reversed = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            hashed.put("sku-" + i, (long) i);
        }
        for (int i = 99; i >= 0; i--) {
            reversed.put("sku-" + i, (long) i);
        }
        byte[] a = CanonicalJson.toBytes(shipment(hashed));
        byte[] b = CanonicalJson.toBytes(shipment(reversed));
        assertThat(a).isEqualTo(b);
        assertThat(new String(a, StandardCharsets.UTF_8))
                .startsWith("{\"quantities\":{\"sku-0\":0,\"sku-1\":1,\"sku-10\":10,")
                .endsWith(
                        "},\"value\":{\"currency\":\"CNY\",\"minorUnits\":150},\"zone\":\"east\"}");
    }

    @Test
    void propertiesAreSortedNullsOmittedNoWhitespaceAndNoDerivedGetters() {
        assertThat(
                        CanonicalJson.toJson(
                                new Shipment(
                                        "west",
                                        Map.of("b", 2L, "a", 1L),
                                        Money.of(1, "JPY"),
                                        "上海")))
                .isEqualTo(
                        "{\"note\":\"上海\",\"quantities\":{\"a\":1,\"b\":2},"
                                + "\"value\":{\"currency\":\"JPY\",\"minorUnits\":1},\"zone\":\"west\"}");
        assertThat(CanonicalJson.toJson(new Account()))
                .isEqualTo("{\"balance\":5,\"owner\":\"acme\"}");
        assertThat(CanonicalJson.toBytes("上海"))
                .isEqualTo("\"上海\"".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsBackWhatItWrites() {
        Order order = new Order("o-1", List.of(shipment(Map.of("x", 3L))), 1);
        assertThat(CanonicalJson.fromBytes(CanonicalJson.toBytes(order), Order.class))
                .isEqualTo(order);
    }

    @Test
    void corruptStateIsAnIllegalStateNamingTheType() {
        assertThatThrownBy(
                        () ->
                                CanonicalJson.fromBytes(
                                        "{oops".getBytes(StandardCharsets.UTF_8), Order.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("stored Order is not readable");
    }

    @Test
    void unknownPropertyInAnArgumentIsInvalidArgument() {
        assertThatThrownBy(
                        () ->
                                CanonicalJson.parseArgument(
                                        "order",
                                        "{\"id\":\"o\",\"count\":1,\"cuont\":1}",
                                        Order.class))
                .isInstanceOf(BusinessException.class)
                .hasMessage(
                        "[VALIDATION/INVALID_ARGUMENT] order has an unknown property 'cuont' "
                                + "(allowed: count, id, shipments) details={\"field\":\"order\"}")
                .satisfies(
                        t ->
                                assertThat(((BusinessException) t).details())
                                        .containsEntry("field", "order"));
        assertThatThrownBy(
                        () ->
                                CanonicalJson.parseArgument(
                                        "order",
                                        "{\"id\":\"o\",\"count\":1,\"shipments\":[{\"zone\":\"e\",\"colour\":\"red\"}]}",
                                        Order.class))
                .hasMessageStartingWith(
                        "[VALIDATION/INVALID_ARGUMENT] order has an unknown property "
                                + "'shipments[0].colour'");
    }

    @Test
    void malformedJsonIsInvalidArgumentWithoutParserInternals() {
        assertThatThrownBy(() -> CanonicalJson.parseArgument("order", "{\"id\":", Order.class))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith(
                        "[VALIDATION/INVALID_ARGUMENT] order is not well-formed JSON (line 1")
                .satisfies(
                        t ->
                                assertThat(t.getMessage())
                                        .doesNotContain(
                                                "\tat ",
                                                "com.fasterxml",
                                                "Source:",
                                                "REDACTED",
                                                "`"));
        assertThatThrownBy(
                        () ->
                                CanonicalJson.parseArgument(
                                        "order", "{\"id\":\"a\"} trailing", Order.class))
                .hasMessageStartingWith("[VALIDATION/INVALID_ARGUMENT] order ");
        assertThatThrownBy(
                        () ->
                                CanonicalJson.parseArgument(
                                        "order", "{\"id\":\"a\",\"id\":\"b\"}", Order.class))
                .hasMessageStartingWith("[VALIDATION/INVALID_ARGUMENT] order ");
        assertThatThrownBy(() -> CanonicalJson.parseArgument("order", "", Order.class))
                .hasMessage(
                        "[VALIDATION/INVALID_ARGUMENT] order is required details={\"field\":\"order\"}");
        assertThatThrownBy(() -> CanonicalJson.parseArgument("order", "null", Order.class))
                .hasMessageStartingWith("[VALIDATION/INVALID_ARGUMENT] order must be a Order");
    }

    @Test
    void wrongTypesAreNamedByPath() {
        assertThatThrownBy(
                        () ->
                                CanonicalJson.parseArgument(
                                        "order", "{\"count\":\"many\"}", Order.class))
                .hasMessage(
                        "[VALIDATION/INVALID_ARGUMENT] order property 'count' must be a whole number, "
                                + "got 'many' details={\"field\":\"order\"}");
        assertThatThrownBy(
                        () -> CanonicalJson.parseArgument("order", "{\"count\":2.5}", Order.class))
                .hasMessage(
                        "[VALIDATION/INVALID_ARGUMENT] order property 'count' must be a whole number, got '2.5' details={\"field\":\"order\"}");
        assertThatThrownBy(
                        () -> CanonicalJson.parseArgument("order", "{\"id\":\"o\"}", Order.class))
                .hasMessage(
                        "[VALIDATION/INVALID_ARGUMENT] order property 'count' is required details={\"field\":\"order\"}");
        assertThatThrownBy(() -> CanonicalJson.parseArgument("order", "[1]", Order.class))
                .hasMessage(
                        "[VALIDATION/INVALID_ARGUMENT] order must be an object details={\"field\":\"order\"}");
        assertThatThrownBy(
                        () ->
                                CanonicalJson.parseArgument(
                                        "order", "{\"count\":1,\"shipments\":{}}", Order.class))
                .hasMessage(
                        "[VALIDATION/INVALID_ARGUMENT] order property 'shipments' must be a list details={\"field\":\"order\"}");
    }

    @Test
    void aValidArgumentIsRead() {
        Order order =
                CanonicalJson.parseArgument("order", "{\"id\":\"o-2\",\"count\":3}", Order.class);
        assertThat(order).isEqualTo(new Order("o-2", null, 3));
    }
}
