package io.tradechain.verification;

import io.tradechain.chaincode.common.Events;
import io.tradechain.chaincode.common.Organisations;
import java.util.Map;
import java.util.Set;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The one event of each write, {@code verification.<Type>}: ids and statuses only, for the
 * organisations involved.
 */
final class VerificationEvents {
    static final String DOMAIN = "verification";

    private VerificationEvents() {}

    static void document(ChaincodeStub stub, String type, Document document) {
        Events.emit(
                stub,
                DOMAIN,
                type,
                Map.of(
                        "documentId",
                        document.documentId(),
                        "documentType",
                        document.type().name(),
                        "status",
                        document.status().name()),
                Set.of(Organisations.AUTHORITY_MSP));
    }

    static void lock(ChaincodeStub stub, String type, Lock lock, Document document) {
        Events.emit(
                stub,
                DOMAIN,
                type,
                Map.of(
                        "documentId",
                        lock.documentId(),
                        "financingRef",
                        lock.financingRef(),
                        "lockStatus",
                        lock.status().name(),
                        "amount",
                        lock.amount().minorUnitsText(),
                        "currency",
                        lock.amount().currency(),
                        "balance",
                        document.balance().minorUnitsText()),
                Set.of(lock.bankMsp(), Organisations.AUTHORITY_MSP));
    }

    static void backing(ChaincodeStub stub, String type, Backing backing, Document document) {
        Events.emit(
                stub,
                DOMAIN,
                type,
                Map.of(
                        "documentId",
                        backing.documentId(),
                        "product",
                        backing.product(),
                        "reference",
                        backing.reference(),
                        "backingStatus",
                        backing.status().name(),
                        "unbacked",
                        document.unbacked().minorUnitsText(),
                        "currency",
                        document.unbacked().currency()),
                Set.of(backing.byMsp(), Organisations.AUTHORITY_MSP));
    }

    static void authorisation(ChaincodeStub stub, String type, Authorisation authorisation) {
        Events.emit(
                stub,
                DOMAIN,
                type,
                Map.of(
                        "ownerHash",
                        authorisation.ownerHash(),
                        "bankMsp",
                        authorisation.bankMsp(),
                        "expiresOn",
                        authorisation.expiresOn(),
                        "status",
                        authorisation.status().name()),
                Set.of(authorisation.bankMsp(), Organisations.CORP_MSP));
    }
}
