package io.tradechain.chaincode.common;

import java.util.Map;
import java.util.TreeMap;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** Emits the one chaincode event a Fabric transaction may carry, named {@code <domain>.<Type>}. */
public final class Events {
    private Events() {
    }

    /**
     * Sets the transaction's event. Fabric keeps only one event per transaction, so a second call in the same
     * transaction is a programming error and throws IllegalStateException.
     */
    public static void emit(ChaincodeStub stub, String domain, String type, Map<String, String> ids) {
        if (stub.getEvent() != null) {
            throw new IllegalStateException("transaction " + stub.getTxId() + " already has event "
                    + stub.getEvent().getEventName() + "; Fabric keeps one event per transaction");
        }
        ChaincodeEventPayload payload = new ChaincodeEventPayload(domain, type, new TreeMap<>(ids), stub.getTxId());
        stub.setEvent(domain + "." + type, CanonicalJson.toBytes(payload));
    }
}
