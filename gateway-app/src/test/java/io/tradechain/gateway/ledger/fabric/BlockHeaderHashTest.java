package io.tradechain.gateway.ledger.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.junit.jupiter.api.Test;

/**
 * A Fabric block's hash is SHA-256 over the DER of (number, previous hash, data hash): checked
 * against an independent ASN.1 encoder (Bouncy Castle) for random headers, including numbers whose
 * first byte has its high bit set and hashes long enough for DER's long length form.
 */
class BlockHeaderHashTest {
    private static String expected(long number, byte[] previous, byte[] data) throws Exception {
        byte[] der =
                new DERSequence(
                                new ASN1Encodable[] {
                                    new ASN1Integer(number),
                                    new DEROctetString(previous),
                                    new DEROctetString(data)
                                })
                        .getEncoded(ASN1Encoding.DER);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
    }

    @Test
    void matchesAnIndependentDerEncoderForRandomHeaders() throws Exception {
        Random random = new Random(17);
        long[] edges = {0, 1, 127, 128, 255, 256, 32_767, 32_768, Long.MAX_VALUE};
        for (int trial = 0; trial < 2_000; trial++) {
            long number = trial < edges.length ? edges[trial] : random.nextLong() & Long.MAX_VALUE;
            byte[] previous = new byte[trial % 7 == 0 ? 0 : trial % 5 == 0 ? 200 : 32];
            byte[] data = new byte[trial % 11 == 0 ? 300 : 32];
            random.nextBytes(previous);
            random.nextBytes(data);
            assertThat(BlockHeaderHash.of(number, previous, data))
                    .as("block %d", number)
                    .isEqualTo(expected(number, previous, data));
        }
    }

    @Test
    void aChangeInAnyFieldChangesTheHash() {
        byte[] previous = new byte[32];
        byte[] data = new byte[32];
        String hash = BlockHeaderHash.of(5, previous, data);
        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(BlockHeaderHash.of(6, previous, data)).isNotEqualTo(hash);
        data[31] = 1;
        assertThat(BlockHeaderHash.of(5, previous, data)).isNotEqualTo(hash);
    }
}
