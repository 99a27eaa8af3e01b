package io.tradechain.chaincode.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorsAndJsonTest {
    record Holder(String name, Map<String, Long> amounts, Money money) {
    }

    @Test
    void businessExceptionCarriesCodeKindTextAndDetailsInMessageAndPayload() {
        BusinessException e = BusinessException.of(CommonErrorCode.NOT_FOUND, "party 91 is not registered",
                "creditCode", "91", "a", "b");
        assertThat(e.getMessage()).isEqualTo("[NOT_FOUND/NOT_FOUND] party 91 is not registered");
        assertThat(new String(e.getPayload(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"code\":\"NOT_FOUND\",\"details\":{\"a\":\"b\",\"creditCode\":\"91\"},\"kind\":\"NOT_FOUND\","
                        + "\"message\":\"party 91 is not registered\"}");
        assertThat(e.kind().httpStatus()).isEqualTo(404);
        assertThatThrownBy(() -> BusinessException.of(CommonErrorCode.NOT_FOUND, "x", "odd"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void errorInfoRoundTripsFromPayloadAndFromAFabricMessage() {
        BusinessException e = BusinessException.of(CommonErrorCode.ALREADY_EXISTS, "dup", "id", "7");
        ErrorInfo fromPayload = ErrorInfo.fromPayload(e.getPayload()).orElseThrow();
        assertThat(fromPayload.code()).isEqualTo("ALREADY_EXISTS");
        assertThat(fromPayload.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(fromPayload.details()).containsEntry("id", "7");

        ErrorInfo fromMessage = ErrorInfo.fromMessage("failed to endorse: chaincode response 500, " + e.getMessage())
                .orElseThrow();
        assertThat(fromMessage.code()).isEqualTo("ALREADY_EXISTS");
        assertThat(fromMessage.message()).isEqualTo("dup");
        assertThat(ErrorInfo.fromMessage("Unexpected error")).isEmpty();
        assertThat(ErrorInfo.fromPayload(null)).isEmpty();
        assertThat(ErrorInfo.fromPayload("not ours".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void equalValuesSerialiseToIdenticalBytes() {
        Map<String, Long> one = new HashMap<>();
        Map<String, Long> two = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            one.put("k" + i, (long) i);
        }
        for (int i = 49; i >= 0; i--) {
            two.put("k" + i, (long) i);
        }
        byte[] a = CanonicalJson.toBytes(new Holder("n", one, Money.of(1, "CNY")));
        byte[] b = CanonicalJson.toBytes(new Holder("n", two, Money.of(1, "CNY")));
        assertThat(a).isEqualTo(b);
        assertThat(new String(a, StandardCharsets.UTF_8)).startsWith("{\"amounts\":{\"k0\":0,\"k1\":1,\"k10\":10");
        assertThat(CanonicalJson.toJson(new Holder(null, Map.of(), Money.of(1, "CNY")))).doesNotContain("name");
    }

    @Test
    void badArgumentsAreInvalidArgumentWithoutInternals() {
        assertThatThrownBy(() -> CanonicalJson.parseArgument("terms", "{\"name\":", Holder.class))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("[VALIDATION/INVALID_ARGUMENT] terms")
                .satisfies(t -> assertThat(t.getMessage()).doesNotContain("\tat "));
        assertThatThrownBy(() -> CanonicalJson.parseArgument("terms", "{\"nme\":\"x\"}", Holder.class))
                .hasMessageContaining("unknown property 'nme'");
        assertThatThrownBy(() -> CanonicalJson.parseArgument("terms", "", Holder.class))
                .hasMessageContaining("terms is required");
    }

    @Test
    void pageRequestsAreCapped() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(20, ""));
        assertThat(PageRequest.of(200, "b").bookmark()).isEqualTo("b");
        assertThatThrownBy(() -> PageRequest.of(0, "")).hasMessageContaining("PAGE_SIZE_OUT_OF_RANGE");
        assertThatThrownBy(() -> PageRequest.of(201, "")).hasMessageContaining("PAGE_SIZE_OUT_OF_RANGE");
        assertThat(new Page<>(java.util.List.of(1, 2), "", 2).map(i -> i * 10).items()).containsExactly(10, 20);
        assertThat(new Page<>(java.util.List.of(1), "next", 1).hasMore()).isTrue();
    }
}
