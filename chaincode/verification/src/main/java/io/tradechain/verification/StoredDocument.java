package io.tradechain.verification;

/**
 * The authority's whole copy of a document, private to the collection's members: exactly one of
 * {@code invoice} and {@code declaration} is set.
 */
public record StoredDocument(
        String documentId,
        DocumentType type,
        InvoiceFields invoice,
        DeclarationFields declaration,
        String registeredBy,
        String registeredAt) {

    static StoredDocument of(DocumentFields fields, String registeredBy, String at) {
        return new StoredDocument(
                fields.documentId(),
                fields.type(),
                fields instanceof InvoiceFields i ? i : null,
                fields instanceof DeclarationFields d ? d : null,
                registeredBy,
                at);
    }
}
