package io.tradechain.gateway.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event on the stream: where it sits on the chain and what the chaincode said. */
@Schema(name = "Event")
public record EventView(
        @Schema(description = "Position on the channel; the SSE id; resume with Last-Event-ID") long position,
        long blockNumber, String txId, String chaincode,
        @Schema(examples = "parties.PartyRegistered") String name,
        @Schema(description = "{domain, type, ids, txId, audience}") JsonNode payload) {
}
