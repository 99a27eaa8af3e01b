package io.tradechain.gateway.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tradechain.chaincode.common.ChaincodeEventPayload;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event on the stream: where it sits on the chain and what the chaincode said. */
@Schema(name = "Event")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventView(
        @Schema(description = "Position on the channel; the SSE id; resume with Last-Event-ID")
                long position,
        long blockNumber,
        String txId,
        String chaincode,
        @Schema(examples = "parties.PartyRegistered") String name,
        @Schema(
                        description =
                                "{domain, type, ids, txId, audience}; absent only when the event is not in this form")
                ChaincodeEventPayload payload,
        @Schema(
                        description =
                                "Base64 of an event payload that is not in the chaincodes' form (the regulator only "
                                        + "sees such events); absent otherwise")
                String rawPayload) {}
