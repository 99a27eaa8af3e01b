package io.tradechain.verification;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The authority's writes: register a document (fields private, hash and balance public) and void
 * it.
 */
final class DocumentRegistry {
    private final ChaincodeStub stub;
    private final VerificationState state;

    DocumentRegistry(ChaincodeStub stub, VerificationState state) {
        this.stub = stub;
        this.state = state;
    }

    Document register(Caller caller, DocumentType type) {
        VerificationAccess.requireAuthorityWriter(caller, "register documents");
        String key = type == DocumentType.INVOICE ? Inputs.INVOICE : Inputs.DECLARATION;
        DocumentFields fields =
                DocumentInputs.check(
                        Inputs.submission(stub, key), key + ".", type, Inputs.today(stub));
        if (state.findDocument(fields.documentId()).isPresent()) {
            throw BusinessException.of(
                    VerificationErrorCode.DOCUMENT_ALREADY_REGISTERED,
                    "a "
                            + type
                            + " with these identifiers is registered already as "
                            + fields.documentId(),
                    "documentId",
                    fields.documentId());
        }
        String at = Inputs.now(stub);
        Document document = Document.registered(fields, caller.mspId(), at, stub.getTxId());
        state.insertDocument(document, fields, StoredDocument.of(fields, caller.clientId(), at));
        VerificationEvents.document(stub, "DocumentRegistered", document);
        return document;
    }

    Document voidDocument(Caller caller, String documentId, String reason) {
        VerificationAccess.requireAuthorityWriter(caller, "void documents");
        Document document = state.document(Inputs.documentId(documentId));
        String why = Inputs.reason(reason);
        if (!document.isActive()) {
            throw BusinessException.of(
                    VerificationErrorCode.DOCUMENT_VOIDED,
                    "document " + documentId + " is voided already",
                    "documentId",
                    documentId);
        }
        Document voided = document.voided(why, Inputs.now(stub), stub.getTxId());
        state.putDocument(voided);
        VerificationEvents.document(stub, "DocumentVoided", voided);
        return voided;
    }
}
