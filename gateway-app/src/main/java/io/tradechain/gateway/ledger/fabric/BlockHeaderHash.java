package io.tradechain.gateway.ledger.fabric;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A Fabric block's own hash, as the next block's {@code previous_hash} names it: SHA-256 of the DER
 * encoding of the header as an ASN.1 SEQUENCE of INTEGER number, OCTET STRING previous hash, OCTET
 * STRING data hash (what Fabric's {@code protoutil.BlockHeaderBytes} hashes). The header itself
 * does not carry it.
 */
final class BlockHeaderHash {
    private static final int INTEGER = 0x02;
    private static final int OCTET_STRING = 0x04;
    private static final int SEQUENCE = 0x30;

    private BlockHeaderHash() {}

    static String of(long number, byte[] previousHash, byte[] dataHash) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        element(body, INTEGER, BigInteger.valueOf(number).toByteArray());
        element(body, OCTET_STRING, previousHash);
        element(body, OCTET_STRING, dataHash);
        ByteArrayOutputStream der = new ByteArrayOutputStream();
        element(der, SEQUENCE, body.toByteArray());
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(der.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Tag, DER length (short form below 128, else long form), content. */
    private static void element(ByteArrayOutputStream out, int tag, byte[] content) {
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            byte[] digits = BigInteger.valueOf(length).toByteArray();
            int skip = digits[0] == 0 ? 1 : 0;
            out.write(0x80 | (digits.length - skip));
            out.write(digits, skip, digits.length - skip);
        }
        out.write(content, 0, content.length);
    }
}
