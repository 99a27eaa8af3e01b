package io.tradechain.chaincode.common;

import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;

/**
 * Builds the composite keys of entities and indexes, checking their parts first so that a bad id
 * sent by a client is refused as {@code INVALID_ARGUMENT} instead of failing deep in the shim.
 *
 * <p>A composite key is {@code U+0000 objectType U+0000 part1 U+0000 part2 U+0000 ...}; simple keys
 * never start with {@code U+0000}, so simple-key range queries never return composite keys. Parts
 * therefore may not contain {@code U+0000}, nor {@code U+10FFFF}, which Fabric uses as the upper
 * bound of partial-key queries.
 */
final class LedgerKeys {
    private static final char DELIMITER = '\u0000';
    private static final int MAX_UNICODE = Character.MAX_CODE_POINT;

    private LedgerKeys() {}

    /** Checks an object type or index name given by code: a bad one is a programming error. */
    static String objectType(String objectType) {
        if (objectType == null || objectType.isEmpty() || hasReservedCharacter(objectType)) {
            throw new IllegalArgumentException(
                    "object type must be non-empty text without U+0000 or U+10FFFF, got "
                            + (objectType == null
                                    ? "null"
                                    : "'" + objectType.replace(DELIMITER, '?') + "'"));
        }
        return objectType;
    }

    /** The key of one entity: at least one part, every part non-empty. */
    static String entityKey(ChaincodeStub stub, String objectType, String... parts) {
        if (parts == null || parts.length == 0) {
            throw new IllegalArgumentException(objectType + " needs at least one key part");
        }
        for (String part : parts) {
            requireUsable(objectType, part, false);
        }
        return stub.createCompositeKey(objectType, parts).toString();
    }

    /** The key of one index entry: parts may be empty (an attribute may be blank), never null. */
    static String indexKey(ChaincodeStub stub, String indexName, String... attributes) {
        if (attributes == null || attributes.length == 0) {
            throw new IllegalArgumentException(
                    "index " + indexName + " needs at least one attribute");
        }
        for (String attribute : attributes) {
            requireUsable(indexName, attribute, true);
        }
        return stub.createCompositeKey(indexName, attributes).toString();
    }

    /** The prefix of a partial-key query: the leading parts, each checked like a key part. */
    static CompositeKey prefix(String objectType, String... leadingParts) {
        String[] parts = leadingParts == null ? new String[0] : leadingParts;
        for (String part : parts) {
            requireUsable(objectType, part, true);
        }
        return new CompositeKey(objectType, parts);
    }

    /** Parts joined with '/' for messages, e.g. {@code invoice INV-1/2}. */
    static String display(String... parts) {
        return parts == null ? "" : String.join("/", parts);
    }

    private static void requireUsable(String objectType, String part, boolean emptyAllowed) {
        if (part == null || (!emptyAllowed && part.isEmpty())) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    "a key of " + objectType + " must not be " + (part == null ? "null" : "empty"),
                    "field",
                    "key",
                    "objectType",
                    objectType);
        }
        if (hasReservedCharacter(part)) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    "a key of "
                            + objectType
                            + " must not contain the characters U+0000 or U+10FFFF",
                    "field",
                    "key",
                    "objectType",
                    objectType);
        }
    }

    private static boolean hasReservedCharacter(String text) {
        return text.indexOf(DELIMITER) >= 0 || text.codePoints().anyMatch(c -> c == MAX_UNICODE);
    }
}
