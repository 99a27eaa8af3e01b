package io.tradechain.receivables;

import io.tradechain.chaincode.common.Events;
import io.tradechain.chaincode.common.Organisations;
import java.util.Map;
import java.util.Set;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The one event of each write, {@code receivables.<Type>}, for the enterprises and the bank
 * concerned.
 */
final class ReceivablesEvents {
    static final String DOMAIN = "receivables";

    private ReceivablesEvents() {}

    static void line(ChaincodeStub stub, String type, CreditLine line) {
        Events.emit(
                stub,
                DOMAIN,
                type,
                Map.of("lineId", line.lineId(), "status", line.status().name()),
                Set.of(line.funderMsp(), Organisations.CORP_MSP));
    }

    static void root(ChaincodeStub stub, String type, RootCertificate root) {
        Events.emit(
                stub,
                DOMAIN,
                type,
                Map.of(
                        "rootId",
                        root.rootId(),
                        "status",
                        root.status().name(),
                        "amount",
                        root.faceValue().minorUnitsText(),
                        "currency",
                        root.faceValue().currency()),
                Set.of(root.funderMsp(), Organisations.CORP_MSP));
    }

    static void moved(ChaincodeStub stub, Piece spent, Piece transferred, String funderMsp) {
        Events.emit(
                stub,
                DOMAIN,
                "PieceTransferred",
                Map.of(
                        "rootId",
                        spent.rootId(),
                        "from",
                        spent.pieceId(),
                        "to",
                        transferred.pieceId(),
                        "amount",
                        transferred.amount().minorUnitsText(),
                        "currency",
                        transferred.amount().currency()),
                Set.of(funderMsp, Organisations.CORP_MSP));
    }

    static void financing(ChaincodeStub stub, String type, FinancingRequest request) {
        Events.emit(
                stub,
                DOMAIN,
                type,
                Map.of(
                        "requestId",
                        request.requestId(),
                        "rootId",
                        request.rootId(),
                        "pieceId",
                        request.pieceId(),
                        "status",
                        request.status().name(),
                        "amount",
                        request.amount().minorUnitsText(),
                        "currency",
                        request.amount().currency()),
                Set.of(request.funderMsp(), Organisations.CORP_MSP));
    }
}
