package io.tradechain.chaincode.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Commits a client's request at most once per idempotency key.
 *
 * <p>The client (the gateway, on behalf of an API user who sent an {@code Idempotency-Key} header)
 * puts the key in the transient map under {@link #TRANSIENT_KEY}. The first transaction with that
 * key claims it: it writes {@code idempotency~<msp>~<sha256(clientId)>~<sha256(key)>} holding its
 * own tx id and a fingerprint of the whole request: its function, its arguments and every transient
 * entry (the private inputs: an invoice's fields, an L/C's amount, a financing's rate). Any later
 * transaction of the same identity with the same key is refused with {@link
 * CommonErrorCode#IDEMPOTENT_REPLAY} naming the first tx id (same request) or {@link
 * CommonErrorCode#IDEMPOTENCY_KEY_REUSED} (anything different, private inputs included). Two
 * concurrent first attempts both read the claim absent; the one ordered second is invalidated by
 * MVCC, so nothing commits twice.
 *
 * <p>The claim is public state, so it must not let anyone test a guess of the private inputs: the
 * fingerprint is an HMAC-SHA256 keyed with the idempotency key, which never reaches the ledger in
 * clear (only its hash, in the state key). Whoever does not know the key learns nothing from the
 * fingerprint; clients should therefore use random keys (a UUID). The claim is written only by a
 * transaction that commits as valid, so a refused or invalidated attempt leaves the key free for a
 * retry. Claims are kept forever (an audit trail of client retries); keys are scoped per identity,
 * so two users cannot collide.
 *
 * <p>Claims written before fingerprints covered private inputs (the key in clear in the state key,
 * a hash of the arguments only) are still honoured: a retry of such a request is recognised by its
 * arguments.
 */
public final class Idempotency {
    /** Transient map entry holding the key. */
    public static final String TRANSIENT_KEY = "tradechain.idempotency-key";

    static final String OBJECT_TYPE = "idempotency";
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    /** What a claim holds. */
    record Claim(String txId, String request) {}

    private Idempotency() {}

    /**
     * Claims the transaction's idempotency key, if the transient map has one.
     *
     * @throws BusinessException {@code INVALID_IDEMPOTENCY_KEY}, {@code IDEMPOTENT_REPLAY} or
     *     {@code IDEMPOTENCY_KEY_REUSED}
     */
    public static void claim(ChaincodeStub stub) {
        Map<String, byte[]> transientMap = stub.getTransient();
        byte[] raw = transientMap == null ? null : transientMap.get(TRANSIENT_KEY);
        if (raw == null) {
            return;
        }
        String key = new String(raw, StandardCharsets.UTF_8);
        if (!FORMAT.matcher(key).matches()) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_IDEMPOTENCY_KEY,
                    "an idempotency key is 1 to 128 of " + "A-Z a-z 0-9 . _ : -",
                    "field",
                    "Idempotency-Key");
        }
        Caller caller = Caller.of(stub);
        String clientHash = Hashes.sha256Hex(caller.clientId());
        String legacyKey =
                stub.createCompositeKey(OBJECT_TYPE, caller.mspId(), clientHash, key).toString();
        byte[] legacy = stub.getState(legacyKey);
        if (legacy != null && legacy.length > 0) {
            refuse(key, CanonicalJson.fromBytes(legacy, Claim.class), requestHash(stub.getArgs()));
        }
        String stateKey =
                stub.createCompositeKey(
                                OBJECT_TYPE, caller.mspId(), clientHash, Hashes.sha256Hex(key))
                        .toString();
        String request = fingerprint(key, stub.getArgs(), transientMap);
        byte[] existing = stub.getState(stateKey);
        if (existing != null && existing.length > 0) {
            refuse(key, CanonicalJson.fromBytes(existing, Claim.class), request);
        }
        stub.putState(stateKey, CanonicalJson.toBytes(new Claim(stub.getTxId(), request)));
    }

    private static void refuse(String key, Claim first, String request) {
        if (first.request().equals(request)) {
            throw BusinessException.of(
                    CommonErrorCode.IDEMPOTENT_REPLAY,
                    "idempotency key '"
                            + key
                            + "' was already used for this request by transaction "
                            + first.txId(),
                    "firstTxId",
                    first.txId());
        }
        throw BusinessException.of(
                CommonErrorCode.IDEMPOTENCY_KEY_REUSED,
                "idempotency key '"
                        + key
                        + "' was already used for a different request (transaction "
                        + first.txId()
                        + "); a new request "
                        + "needs a new key",
                "firstTxId",
                first.txId());
    }

    /**
     * HMAC-SHA256, keyed with the idempotency key, of the function and arguments and of every
     * transient entry but the key itself, in name order; each part length-prefixed so that no two
     * requests share an input.
     */
    static String fingerprint(String key, List<byte[]> args, Map<String, byte[]> transientMap) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            update(mac, Integer.toString(args.size()).getBytes(StandardCharsets.US_ASCII));
            args.forEach(arg -> update(mac, arg));
            SortedMap<String, byte[]> entries = new TreeMap<>(transientMap);
            entries.remove(TRANSIENT_KEY);
            update(mac, Integer.toString(entries.size()).getBytes(StandardCharsets.US_ASCII));
            entries.forEach(
                    (name, value) -> {
                        update(mac, name.getBytes(StandardCharsets.UTF_8));
                        update(mac, value == null ? new byte[0] : value);
                    });
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    private static void update(Mac mac, byte[] part) {
        mac.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) ':');
        mac.update(part);
    }

    /**
     * SHA-256 of the function name and arguments (claims of earlier versions), each
     * length-prefixed.
     */
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
