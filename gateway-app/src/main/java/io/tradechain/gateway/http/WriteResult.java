package io.tradechain.gateway.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every committed write answers with its transaction id, its block and what the chaincode returned. */
@Schema(name = "WriteResult")
public record WriteResult(
        @Schema(description = "Fabric transaction id") String txId,
        @Schema(description = "Block the transaction was committed in") long blockNumber,
        @Schema(description = "The chaincode's result") JsonNode result,
        @Schema(description = "True when this answers a retry: the request was committed earlier, under the same "
                + "Idempotency-Key, by the transaction named here, and nothing was committed now") boolean replayed) {

    /** A write that created something: 201 with the result, once committed. */
    public static java.util.concurrent.CompletionStage<jakarta.ws.rs.core.Response> created(
            java.util.concurrent.CompletionStage<WriteResult> written) {
        return written.thenApply(result -> jakarta.ws.rs.core.Response.status(jakarta.ws.rs.core.Response.Status.CREATED)
                .entity(result).build());
    }
}
