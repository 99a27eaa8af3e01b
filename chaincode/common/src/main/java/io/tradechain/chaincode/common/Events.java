package io.tradechain.chaincode.common;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Emits the chaincode event of a transaction, named {@code <domain>.<type>} (e.g. {@code
 * parties.PartyRegistered}) with a {@link ChaincodeEventPayload} as canonical JSON. The gateway
 * streams these to clients.
 *
 * <p>Fabric keeps one event per transaction (a second {@code setEvent} silently replaces the
 * first), so a second emit in one transaction throws {@link IllegalStateException}: that is a
 * programming error, not a business one.
 */
public final class Events {
    private Events() {}

    /**
     * Sets the transaction's event.
     *
     * @param domain the emitting domain, e.g. {@code parties}
     * @param type what happened, e.g. {@code PartyRegistered}
     * @param ids the ids of what changed, e.g. {@code creditCode -> 9131...}; sorted in the payload
     * @throws IllegalStateException if the transaction already has an event
     */
    public static void emit(
            ChaincodeStub stub, String domain, String type, Map<String, String> ids) {
        emit(stub, domain, type, ids, Set.of());
    }

    /**
     * Sets the transaction's event for some organisations only; the gateway streams it to them and
     * the regulator.
     *
     * @param audience MSP ids the event is meant for; empty for the whole channel
     * @throws IllegalStateException if the transaction already has an event
     */
    public static void emit(
            ChaincodeStub stub,
            String domain,
            String type,
            Map<String, String> ids,
            Set<String> audience) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(type, "type");
        if (stub.getEvent() != null) {
            throw new IllegalStateException(
                    "transaction "
                            + stub.getTxId()
                            + " already emitted event "
                            + stub.getEvent().getEventName()
                            + " and cannot also emit "
                            + domain
                            + "."
                            + type
                            + ": Fabric keeps one event per transaction");
        }
        ChaincodeEventPayload payload =
                new ChaincodeEventPayload(
                        domain,
                        type,
                        ids == null ? null : new TreeMap<>(ids),
                        stub.getTxId(),
                        audience == null ? null : new TreeSet<>(audience));
        stub.setEvent(domain + "." + type, CanonicalJson.toBytes(payload));
    }
}
