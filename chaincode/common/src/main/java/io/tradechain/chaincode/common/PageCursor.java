package io.tradechain.chaincode.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.hyperledger.fabric.shim.ledger.CompositeKey;

/**
 * The bookmark of a list query as clients see it: an opaque cursor, never a raw ledger key.
 *
 * <p>A cursor reads {@code v1.} followed by the unpadded base64url form of canonical JSON {@code
 * {"h":check,"k":position,"s":[objectType,attribute...]}}:
 *
 * <ul>
 *   <li>{@code s}, the scope: the object type (or index name) and the leading key attributes the
 *       list was run with, e.g. {@code ["rhold", holderCode]}; a cursor only continues the list of
 *       the same scope;
 *   <li>{@code k}, the position: the ledger key the next page starts at (Fabric's own bookmark),
 *       which must lie under the scope's partial key;
 *   <li>{@code h}, a check: the first 16 hex characters of SHA-256 over the version, the scope and
 *       the position, so that a changed byte anywhere is refused rather than read as some other
 *       position.
 * </ul>
 *
 * <p>Why: a Fabric peer substitutes a paginated query's bookmark for the start key and keeps the
 * end key, so a raw key passed through from a client starts the scan anywhere below the range's end
 * (other parties' entries, other object types). Decoding therefore refuses anything but a
 * well-formed cursor of this version, of this very scope, whose position lies inside the query's
 * partial key, with {@link CommonErrorCode#INVALID_CURSOR} naming only the field {@code bookmark}:
 * the message never echoes the input, a key or an identity. The check is not a secret (chaincode
 * holds none that all endorsers share); it is tamper evidence, the scope and prefix checks are the
 * protection. Everything here is deterministic.
 */
public final class PageCursor {
    /** What every cursor of this format starts with. */
    public static final String VERSION_PREFIX = "v1.";

    /**
     * Longest cursor accepted: far above any real one (keys are short), far below anything costly
     * to decode.
     */
    public static final int MAX_LENGTH = 4096;

    private static final String FIELD = "bookmark";
    private static final char DELIMITER = '\u0000';
    private static final int CHECK_LENGTH = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final List<String> scope;
    private final String position;

    private PageCursor(List<String> scope, String position) {
        this.scope = List.copyOf(scope);
        this.position = position;
    }

    /**
     * The cursor that resumes the query under {@code prefix} at {@code position}.
     *
     * @throws IllegalArgumentException if the position does not lie under the prefix (a programming
     *     error: the ledger handed out a bookmark outside the range it was asked for)
     */
    public static PageCursor at(CompositeKey prefix, String position) {
        List<String> scope = scopeOf(prefix);
        if (!liesUnder(prefix.toString(), position)) {
            throw new IllegalArgumentException(
                    "the ledger's bookmark lies outside the range of "
                            + scope.get(0)
                            + " it was asked for");
        }
        return new PageCursor(scope, position);
    }

    /** The cursor as clients see it: {@code v1.} and base64url without padding. */
    public String encode() {
        byte[] json = CanonicalJson.toBytes(new Payload(check(scope, position), position, scope));
        return VERSION_PREFIX + ENCODER.encodeToString(json);
    }

    /** The object type and leading attributes this cursor continues. */
    public List<String> scope() {
        return scope;
    }

    /** The ledger key the next page starts at. */
    public String position() {
        return position;
    }

    /**
     * The ledger key to resume the query under {@code prefix} from.
     *
     * @param cursor a cursor from an earlier page of this query; null or empty for the first page
     * @return {@code ""} for the first page, else the position, which lies under the prefix
     * @throws BusinessException {@code INVALID_CURSOR} for anything else: not a cursor, another
     *     version, changed, too long, of another scope, or positioned outside the prefix
     */
    public static String positionFor(String cursor, CompositeKey prefix) {
        if (cursor == null || cursor.isEmpty()) {
            return "";
        }
        PageCursor decoded = decode(cursor);
        if (!decoded.scope.equals(scopeOf(prefix))
                || !liesUnder(prefix.toString(), decoded.position)) {
            throw invalid("bookmark belongs to another list; omit it to start from the first page");
        }
        return decoded.position;
    }

    /**
     * The cursor of a list over simple keys (e.g. an index in a private data collection, which
     * Fabric does not page): {@code scope} names the list and its filters, {@code position} is the
     * key the next page starts at and must start with {@code keyPrefix}.
     */
    public static String encodeSimple(List<String> scope, String keyPrefix, String position) {
        if (scope.isEmpty()
                || scope.stream().anyMatch(PageCursor::isBadPart)
                || !position.startsWith(keyPrefix)
                || !StrictJson.isWellFormed(position)
                || position.indexOf(DELIMITER) >= 0) {
            throw new IllegalArgumentException(
                    "a cursor of "
                            + (scope.isEmpty() ? "?" : scope.get(0))
                            + " positioned outside its keys");
        }
        return new PageCursor(List.copyOf(scope), position).encode();
    }

    /**
     * The key to resume a list over simple keys from: {@code ""} for the first page, else the
     * position of a cursor {@link #encodeSimple} handed out for the same scope, which starts with
     * {@code keyPrefix}.
     *
     * @throws BusinessException {@code INVALID_CURSOR} for anything else
     */
    public static String positionForSimple(String cursor, List<String> scope, String keyPrefix) {
        if (cursor == null || cursor.isEmpty()) {
            return "";
        }
        PageCursor decoded = decode(cursor);
        if (!decoded.scope.equals(scope)
                || !decoded.position.startsWith(keyPrefix)
                || decoded.position.indexOf(DELIMITER) >= 0) {
            throw invalid("bookmark belongs to another list; omit it to start from the first page");
        }
        return decoded.position;
    }

    /**
     * Reads a cursor strictly, without looking at any query: the version, canonical base64url,
     * canonical JSON with exactly the three fields, a scope of well-formed parts and a matching
     * check.
     *
     * @throws BusinessException {@code INVALID_CURSOR} if any of that fails
     */
    public static PageCursor decode(String cursor) {
        if (cursor == null || cursor.length() > MAX_LENGTH || !cursor.startsWith(VERSION_PREFIX)) {
            throw malformed();
        }
        String body = cursor.substring(VERSION_PREFIX.length());
        if (body.isEmpty() || !isBase64Url(body)) {
            throw malformed();
        }
        byte[] json;
        try {
            json = DECODER.decode(body);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        // The decoder ignores unused trailing bits: only the canonical spelling of these bytes is a
        // cursor.
        if (!ENCODER.encodeToString(json).equals(body)) {
            throw malformed();
        }
        Payload payload;
        try {
            payload = CanonicalJson.mapper().readValue(json, Payload.class);
        } catch (java.io.IOException | RuntimeException e) {
            throw malformed();
        }
        if (payload == null
                || payload.h() == null
                || payload.k() == null
                || payload.s() == null
                || payload.s().isEmpty()
                || payload.s().stream().anyMatch(PageCursor::isBadPart)
                || payload.s().get(0).isEmpty()
                || !Arrays.equals(CanonicalJson.toBytes(payload), json)
                || !payload.h().equals(check(payload.s(), payload.k()))) {
            throw malformed();
        }
        return new PageCursor(payload.s(), payload.k());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PageCursor that
                && scope.equals(that.scope)
                && position.equals(that.position);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scope, position);
    }

    /** Names the scope's object type only: positions and attributes may identify other parties. */
    @Override
    public String toString() {
        return "PageCursor[" + scope.get(0) + "]";
    }

    // ---- helpers
    // ------------------------------------------------------------------------------------------

    /** The JSON inside a cursor; short names keep cursors short. */
    record Payload(
            @JsonProperty("h") String h,
            @JsonProperty("k") String k,
            @JsonProperty("s") List<String> s) {}

    private static List<String> scopeOf(CompositeKey prefix) {
        List<String> scope = new ArrayList<>();
        scope.add(prefix.getObjectType());
        scope.addAll(prefix.getAttributes());
        return scope;
    }

    /**
     * True if the key lies in the range Fabric scans for the partial key {@code prefix}: it starts
     * with the prefix, is a whole composite key (ends with the delimiter), is well-formed text and
     * holds no {@code U+10FFFF} (the range's end; no key part may contain it).
     */
    private static boolean liesUnder(String prefix, String key) {
        return key.length() > prefix.length()
                && key.startsWith(prefix)
                && key.charAt(key.length() - 1) == DELIMITER
                && StrictJson.isWellFormed(key)
                && key.codePoints().noneMatch(c -> c == Character.MAX_CODE_POINT);
    }

    private static boolean isBadPart(String part) {
        return part == null
                || part.indexOf(DELIMITER) >= 0
                || !StrictJson.isWellFormed(part)
                || part.codePoints().anyMatch(c -> c == Character.MAX_CODE_POINT);
    }

    private static boolean isBase64Url(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok =
                    (c >= 'A' && c <= 'Z')
                            || (c >= 'a' && c <= 'z')
                            || (c >= '0' && c <= '9')
                            || c == '-'
                            || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String check(List<String> scope, String position) {
        StringBuilder text = new StringBuilder(VERSION_PREFIX);
        for (String part : scope) {
            text.append(part).append(DELIMITER);
        }
        text.append(DELIMITER).append(position);
        return Hashes.sha256Hex(text.toString().getBytes(StandardCharsets.UTF_8))
                .substring(0, CHECK_LENGTH);
    }

    private static BusinessException malformed() {
        return invalid(
                "bookmark is not a cursor this service handed out; omit it to start from the first page");
    }

    private static BusinessException invalid(String message) {
        return BusinessException.of(CommonErrorCode.INVALID_CURSOR, message, "field", FIELD);
    }
}
