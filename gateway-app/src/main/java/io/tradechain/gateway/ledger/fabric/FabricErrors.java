package io.tradechain.gateway.ledger.fabric;

import io.grpc.Status;
import io.tradechain.gateway.ledger.LedgerException;
import io.tradechain.gateway.ledger.LedgerException.Category;
import java.util.List;
import org.hyperledger.fabric.client.CommitException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;

/**
 * Maps fabric-gateway failures to the typed {@link LedgerException}: a chaincode refusal carries
 * our {@code [KIND/CODE] text} in the endorsing peers' messages and is {@link Category#REFUSED}
 * with its code and kind; an invalidated commit is {@link Category#INVALIDATED}; a peer that cannot
 * be reached or times out, or that names a failure of the network in its message ({@link
 * PeerSideFailures}), is {@link Category#UNAVAILABLE}; anything else is {@link
 * Category#CHAINCODE_FAILURE}.
 */
final class FabricErrors {
    private FabricErrors() {}

    static LedgerException from(GatewayException e, String txId) {
        LedgerException fromDetails =
                fromMessages(e.getDetails(), String.valueOf(e.getStatus().getDescription()), txId);
        if (!fromDetails.is(Category.CHAINCODE_FAILURE)) {
            return fromDetails; // a chaincode refusal, whatever gRPC status carried it
        }
        Status.Code code = e.getStatus().getCode();
        if (code == Status.Code.UNAVAILABLE
                || code == Status.Code.DEADLINE_EXCEEDED
                || code == Status.Code.CANCELLED
                || code == Status.Code.RESOURCE_EXHAUSTED) {
            StringBuilder why = new StringBuilder();
            for (ErrorDetail detail : e.getDetails()) {
                why.append("; ")
                        .append(detail.getMspId())
                        .append(' ')
                        .append(detail.getAddress())
                        .append(": ")
                        .append(detail.getMessage());
            }
            return LedgerException.unavailable(
                    "the Fabric peer did not answer ("
                            + code
                            + "): "
                            + e.getStatus().getDescription()
                            + why);
        }
        return fromDetails;
    }

    /**
     * A failure to hand the endorsed transaction to the orderer. The chaincode ran and answered at
     * endorsement, so nothing here is a chaincode failure (which the one retry layer would send
     * again): whatever is not a refusal is the ordering service's, {@link Category#UNAVAILABLE}.
     */
    static LedgerException fromSubmit(GatewayException e, String txId) {
        LedgerException mapped = from(e, txId);
        if (!mapped.is(Category.CHAINCODE_FAILURE)) {
            return mapped;
        }
        return LedgerException.unavailable(
                "the ordering service did not take the transaction ("
                        + e.getStatus().getCode()
                        + "): "
                        + e.getStatus().getDescription());
    }

    /**
     * The first endorsing peer's message that holds one of our codes wins; else a failure of the
     * network (the chaincode unreachable, a private write not disseminated: {@link
     * PeerSideFailures}) is unavailable; else the first message, as a chaincode failure.
     */
    static LedgerException fromMessages(List<ErrorDetail> details, String fallback, String txId) {
        String first = null;
        for (ErrorDetail detail : details) {
            LedgerException mapped =
                    LedgerException.fromChaincodeResponse(null, detail.getMessage(), txId);
            if (mapped.is(Category.REFUSED)) {
                return mapped;
            }
            if (first == null) {
                first = detail.getMessage();
            }
        }
        String message = first != null ? first : fallback;
        if (PeerSideFailures.matches(message) || PeerSideFailures.matches(fallback)) {
            return LedgerException.unavailable(
                    "the Fabric network could not complete the call (not a fault of "
                            + "the request; retry it): "
                            + message);
        }
        return LedgerException.fromChaincodeResponse(null, message, txId);
    }

    static LedgerException from(CommitException e) {
        return LedgerException.invalidated(e.getCode().name(), e.getTransactionId());
    }
}
