package io.tradechain.chaincode.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Commits a client's request at most once per idempotency key.
 *
 * <p>The client (the gateway, on behalf of an API user who sent an {@code Idempotency-Key} header) puts the key in the
 * transient map under {@link #TRANSIENT_KEY}. The first transaction with that key claims it: it writes
 * {@code idempotency~<msp>~<sha256(clientId)>~<key>} holding its own tx id and a hash of its function and
 * arguments. Any later transaction of the same identity with the same key is refused with
 * {@link CommonErrorCode#IDEMPOTENT_REPLAY} naming the first tx id (same request) or
 * {@link CommonErrorCode#IDEMPOTENCY_KEY_REUSED} (different request). Two concurrent first attempts both read the
 * claim absent; the one ordered second is invalidated by MVCC, so nothing commits twice.
 *
 * <p>The claim is written only by a transaction that commits as valid, so a refused or invalidated attempt leaves the
 * key free for a retry. Claims are kept forever (an audit trail of client retries); keys are scoped per identity, so
 * two users cannot collide.
 */
public final class Idempotency {
    /** Transient map entry holding the key. */
    public static final String TRANSIENT_KEY = "tradechain.idempotency-key";
    static final String OBJECT_TYPE = "idempotency";
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    /** What a claim holds. */
    record Claim(String txId, String request) {
    }

    private Idempotency() {
    }

    /**
     * Claims the transaction's idempotency key, if the transient map has one.
     *
     * @throws BusinessException {@code INVALID_IDEMPOTENCY_KEY}, {@code IDEMPOTENT_REPLAY} or
     *                           {@code IDEMPOTENCY_KEY_REUSED}
     */
    public static void claim(ChaincodeStub stub) {
        byte[] raw = stub.getTransient() == null ? null : stub.getTransient().get(TRANSIENT_KEY);
        if (raw == null) {
            return;
        }
        String key = new String(raw, StandardCharsets.UTF_8);
        if (!FORMAT.matcher(key).matches()) {
            throw BusinessException.of(CommonErrorCode.INVALID_IDEMPOTENCY_KEY, "an idempotency key is 1 to 128 of "
                    + "A-Z a-z 0-9 . _ : -", "field", "Idempotency-Key");
        }
        Caller caller = Caller.of(stub);
        String stateKey = stub.createCompositeKey(OBJECT_TYPE, caller.mspId(), Hashes.sha256Hex(caller.clientId()),
                key).toString();
        String request = requestHash(stub.getArgs());
        byte[] existing = stub.getState(stateKey);
        if (existing != null && existing.length > 0) {
            Claim first = CanonicalJson.fromBytes(existing, Claim.class);
            if (first.request().equals(request)) {
                throw BusinessException.of(CommonErrorCode.IDEMPOTENT_REPLAY, "idempotency key '" + key
                        + "' was already used for this request by transaction " + first.txId(),
                        "firstTxId", first.txId());
            }
            throw BusinessException.of(CommonErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotency key '" + key
                    + "' was already used for a different request (transaction " + first.txId() + ")",
                    "firstTxId", first.txId());
        }
        stub.putState(stateKey, CanonicalJson.toBytes(new Claim(stub.getTxId(), request)));
    }

    /** SHA-256 of the function name and arguments, each length-prefixed so that no two lists collide. */
    static String requestHash(List<byte[]> args) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] arg : args) {
                digest.update(Integer.toString(arg.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(arg);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
