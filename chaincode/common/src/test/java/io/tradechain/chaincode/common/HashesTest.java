package io.tradechain.chaincode.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashesTest {
    @Test
    void sha256IsLowercaseHexOfTheUtf8Bytes() {
        // FIPS 180-2 test vector for "abc"
        assertThat(Hashes.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Hashes.sha256Hex("上海"))
                .isEqualTo(Hashes.sha256Hex("上海".getBytes(StandardCharsets.UTF_8)));
        assertThat(Hashes.sha256Hex(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Args.sha256Hex("hash", Hashes.sha256Hex("x"))).hasSize(64);
    }
}
