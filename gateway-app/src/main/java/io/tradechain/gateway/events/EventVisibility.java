package io.tradechain.gateway.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradechain.chaincode.common.ChaincodeEventPayload;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.gateway.ledger.LedgerEvent;
import java.util.Base64;
import java.util.Optional;

/**
 * Who may see a committed chaincode event, and what they see of it: the event's {@code audience}
 * decides (empty for the whole channel); the regulator sees everything. An event that is not one of
 * ours cannot say who may see it, so only the regulator gets it. Used by the SSE stream and by the
 * event relay alike.
 */
public final class EventVisibility {
    private final ObjectMapper mapper;

    public EventVisibility(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The event as an organisation sees it, empty when it is not meant for that organisation. */
    public Optional<EventView> view(LedgerEvent event, String viewerMsp) {
        ChaincodeEventPayload payload;
        try {
            payload = ChaincodeEventPayload.parse(event.payload());
        } catch (RuntimeException e) {
            if (!Organisations.REGULATOR_MSP.equals(viewerMsp)) {
                return Optional.empty();
            }
            return Optional.of(
                    new EventView(
                            event.position(),
                            event.blockNumber(),
                            event.txId(),
                            event.chaincode(),
                            event.name(),
                            null,
                            Base64.getEncoder().encodeToString(event.payload())));
        }
        if (!payload.visibleTo(viewerMsp)) {
            return Optional.empty();
        }
        return Optional.of(
                new EventView(
                        event.position(),
                        event.blockNumber(),
                        event.txId(),
                        event.chaincode(),
                        event.name(),
                        payload,
                        null));
    }
}
