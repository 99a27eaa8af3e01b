package io.tradechain.chaincode.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fingerprint an idempotency claim keeps covers the whole request (function, arguments, every
 * private input) and depends on the key, which the ledger never holds in clear: a change of any one
 * byte anywhere is another request, and nobody without the key can test a guess of the private
 * inputs against the public claim.
 */
class IdempotencyFingerprintTest {
    private static final String KEY = "7f3c1e0a-2b44-4c1d-9a0e-5d6f7a8b9c0d";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<byte[]> args(String... values) {
        List<byte[]> list = new ArrayList<>();
        for (String value : values) {
            list.add(bytes(value));
        }
        return list;
    }

    private static Map<String, byte[]> transientOf(String... nameValues) {
        Map<String, byte[]> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.put(nameValues[i], bytes(nameValues[i + 1]));
        }
        return map;
    }

    @Test
    void everyByteOfTheRequestCountsAndTheKeysOwnEntryDoesNot() {
        List<byte[]> args = args("RegisterInvoice", "x");
        Map<String, byte[]> base =
                transientOf("invoice", "{\"amount\":{\"minorUnits\":100}}", "other", "abc");
        String reference = Idempotency.fingerprint(KEY, args, base);
        Random random = new Random(5);
        Set<String> seen = new HashSet<>(Set.of(reference));
        for (int trial = 0; trial < 500; trial++) {
            Map<String, byte[]> changed = new LinkedHashMap<>(base);
            byte[] value = changed.get("invoice").clone();
            value[random.nextInt(value.length)] ^= (byte) (1 + random.nextInt(255));
            changed.put("invoice", value);
            String print = Idempotency.fingerprint(KEY, args, changed);
            assertThat(print).isNotEqualTo(reference);
            seen.add(print);
        }
        assertThat(seen.size()).as("distinct requests, distinct fingerprints").isGreaterThan(400);
        Map<String, byte[]> withKey = new LinkedHashMap<>(base);
        withKey.put(Idempotency.TRANSIENT_KEY, bytes(KEY));
        assertThat(Idempotency.fingerprint(KEY, args, withKey)).isEqualTo(reference);
        // the order in which the client filled its transient map does not matter
        Map<String, byte[]> reordered = new LinkedHashMap<>();
        reordered.put("other", base.get("other"));
        reordered.put("invoice", base.get("invoice"));
        assertThat(Idempotency.fingerprint(KEY, args, reordered)).isEqualTo(reference);
    }

    @Test
    void boundariesBetweenPartsCannotBeShifted() {
        String one = Idempotency.fingerprint(KEY, args("F", "ab", "c"), Map.of());
        assertThat(Idempotency.fingerprint(KEY, args("F", "a", "bc"), Map.of())).isNotEqualTo(one);
        assertThat(Idempotency.fingerprint(KEY, args("F", "abc"), Map.of())).isNotEqualTo(one);
        String entry = Idempotency.fingerprint(KEY, args("F"), transientOf("ab", "c"));
        assertThat(Idempotency.fingerprint(KEY, args("F"), transientOf("a", "bc")))
                .isNotEqualTo(entry);
        assertThat(Idempotency.fingerprint(KEY, args("F", "ab", "c"), Map.of()))
                .isNotEqualTo(Idempotency.fingerprint(KEY, args("F"), transientOf("ab", "c")));
    }

    @Test
    void withoutTheKeyTheFingerprintIsNotTheRequestsPlainHash() {
        List<byte[]> args = args("Apply");
        Map<String, byte[]> application = transientOf("application", "{\"amount\":80000000}");
        String print = Idempotency.fingerprint(KEY, args, application);
        assertThat(Idempotency.fingerprint("another-key-0000000000", args, application))
                .isNotEqualTo(print);
        assertThat(print)
                .isNotEqualTo(Idempotency.requestHash(args))
                .hasSize(64)
                .matches("[0-9a-f]{64}");
    }
}
