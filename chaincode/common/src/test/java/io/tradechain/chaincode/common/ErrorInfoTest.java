package io.tradechain.chaincode.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ErrorInfoTest {
    private final BusinessException refusal =
            BusinessException.of(
                    CommonErrorCode.ALREADY_EXISTS,
                    "invoice INV-7 already exists",
                    "objectType",
                    "invoice",
                    "key",
                    "INV-7");

    @Test
    void roundTripsThroughThePayload() {
        ErrorInfo info = ErrorInfo.fromPayload(refusal.getPayload()).orElseThrow();
        assertThat(info)
                .isEqualTo(
                        new ErrorInfo(
                                "ALREADY_EXISTS",
                                ErrorKind.CONFLICT,
                                "invoice INV-7 already exists",
                                new TreeMap<>(Map.of("objectType", "invoice", "key", "INV-7"))));
        assertThat(info.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(CanonicalJson.toBytes(info)).isEqualTo(refusal.getPayload());
    }

    @Test
    void foreignOrEmptyPayloadsAreNotOurs() {
        assertThat(ErrorInfo.fromPayload(null)).isEmpty();
        assertThat(ErrorInfo.fromPayload(new byte[0])).isEmpty();
        assertThat(ErrorInfo.fromPayload(bytes("   "))).isEmpty();
        assertThat(ErrorInfo.fromPayload(bytes("not ours"))).isEmpty();
        assertThat(ErrorInfo.fromPayload(bytes("{\"error\":\"x\"}"))).isEmpty();
        assertThat(ErrorInfo.fromPayload(bytes("{\"code\":\"X\"}"))).isEmpty();
        assertThat(ErrorInfo.fromPayload(bytes("{\"code\":\"X\",\"kind\":\"TEAPOT\"}"))).isEmpty();
    }

    @Test
    void isFoundInsideALongerFabricErrorText() {
        String relayed =
                "endorsement failure during invoke. response: status:500 message:\"chaincode response 500, "
                        + refusal.getMessage();
        ErrorInfo info = ErrorInfo.fromMessage(relayed).orElseThrow();
        assertThat(info.code()).isEqualTo("ALREADY_EXISTS");
        assertThat(info.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(info.message()).isEqualTo("invoice INV-7 already exists");
        // the details ride at the end of the message, so they survive a real peer too
        assertThat(info.details())
                .containsExactly(
                        java.util.Map.entry("key", "INV-7"),
                        java.util.Map.entry("objectType", "invoice"));
        assertThat(ErrorInfo.fromMessage(refusal.getMessage()).orElseThrow().message())
                .isEqualTo(refusal.text());
    }

    @Test
    void textWithoutOurPrefixIsNotAnError() {
        assertThat(ErrorInfo.fromMessage(null)).isEmpty();
        assertThat(ErrorInfo.fromMessage("Unexpected error")).isEmpty();
        assertThat(ErrorInfo.fromMessage("[TEAPOT/X] y")).isEmpty();
        assertThat(ErrorInfo.fromMessage("[NOT_FOUND/lower] y")).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
