package io.tradechain.verification;

import io.tradechain.chaincode.common.Hashes;
import io.tradechain.chaincode.common.Money;
import java.util.SortedMap;

/**
 * A document's checked fields: its id, its owner, its face value and the private value of each
 * field class.
 */
public sealed interface DocumentFields permits InvoiceFields, DeclarationFields {

    DocumentType type();

    /** The identifiers, e.g. {@code INVOICE|4400191130|03271509}; hashed into the document id. */
    String naturalKey();

    /** The credit code of the party that finances the document: the seller or the exporter. */
    String ownerCode();

    /** What may be financed against the document in total. */
    Money faceValue();

    /**
     * The private value of each class this type has, in class order; stored and compared as
     * canonical JSON.
     */
    SortedMap<FieldClass, SortedMap<String, Object>> classValues();

    /** The document id: SHA-256 of the natural key, lowercase hex. */
    default String documentId() {
        return documentId(naturalKey());
    }

    static String documentId(String naturalKey) {
        return Hashes.sha256Hex(naturalKey);
    }
}
