package io.tradechain.ledger;

import java.time.Instant;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.shim.Chaincode.Response;

/** A simulated proposal: the chaincode's response and the read/write set, ready to be ordered. */
public final class Endorsement {
    private final Invocation invocation;
    private final String txId;
    private final Instant timestamp;
    private final Response response;
    private final ReadWriteSet rwset;
    private final ChaincodeEvent event;

    Endorsement(
            Invocation invocation,
            String txId,
            Instant timestamp,
            Response response,
            ReadWriteSet rwset,
            ChaincodeEvent event) {
        this.invocation = invocation;
        this.txId = txId;
        this.timestamp = timestamp;
        this.response = response;
        this.rwset = rwset;
        this.event = event;
    }

    public String txId() {
        return txId;
    }

    public Invocation invocation() {
        return invocation;
    }

    public Instant timestamp() {
        return timestamp;
    }

    /** Fabric fails an endorsement whose status is 400 or more. */
    public boolean isSuccess() {
        return response.getStatusCode() < 400;
    }

    public int status() {
        return response.getStatusCode();
    }

    public String message() {
        return response.getMessage();
    }

    public byte[] payload() {
        return response.getPayload();
    }

    /** Number of keys written (public and private). */
    public int writeCount() {
        return rwset.writes.size();
    }

    ReadWriteSet rwset() {
        return rwset;
    }

    ChaincodeEvent event() {
        return event;
    }
}
