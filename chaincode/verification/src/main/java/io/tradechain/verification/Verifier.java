package io.tradechain.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Compares submitted fields with the authority's copy through the private data hashes every peer
 * holds: the authority's values are never read, so any peer can answer and nothing of them leaks
 * into the answer.
 */
final class Verifier {
    private final VerificationState state;

    Verifier(VerificationState state) {
        this.state = state;
    }

    VerificationResult verify(int index, DocumentFields fields) {
        String id = fields.documentId();
        Optional<Document> document = state.findDocument(id);
        if (document.isEmpty()) {
            return new VerificationResult(
                    index, id, fields.type(), VerificationOutcome.UNKNOWN, null, null, null);
        }
        List<FieldClass> differing = mismatchedClasses(id, fields);
        if (!differing.isEmpty()) {
            return new VerificationResult(
                    index, id, fields.type(), VerificationOutcome.MISMATCH, differing, null, null);
        }
        Document found = document.get();
        if (!found.isActive()) {
            return new VerificationResult(
                    index, id, fields.type(), VerificationOutcome.VOIDED, null, null, null);
        }
        return new VerificationResult(
                index,
                id,
                fields.type(),
                VerificationOutcome.AUTHENTIC,
                null,
                found.faceValue(),
                found.balance());
    }

    /**
     * The classes whose hash differs, in class order. A wrong check code is reported alone: it
     * salts the other classes of an invoice, which therefore cannot be compared without it.
     */
    List<FieldClass> mismatchedClasses(String documentId, DocumentFields fields) {
        List<FieldClass> differing = new ArrayList<>();
        SortedMap<FieldClass, SortedMap<String, Object>> values = fields.classValues();
        for (Map.Entry<FieldClass, SortedMap<String, Object>> entry : values.entrySet()) {
            Optional<String> stored = state.classHash(documentId, entry.getKey());
            if (stored.isEmpty()
                    || !stored.get().equals(VerificationState.hashOf(entry.getValue()))) {
                differing.add(entry.getKey());
                if (entry.getKey() == FieldClass.CHECK_CODE) {
                    return differing;
                }
            }
        }
        return differing;
    }
}
