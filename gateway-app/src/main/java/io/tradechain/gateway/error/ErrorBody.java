package io.tradechain.gateway.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.SortedMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every error answer: a stable code, a message for people, details and the tx id when there is one. */
@Schema(name = "Error", description = "Every 4xx/5xx answer has this body")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(
        @Schema(description = "Stable machine-readable code", examples = "PARTY_NOT_FOUND") String code,
        @Schema(description = "What went wrong, for people") String message,
        @Schema(description = "Field names and values that explain the error") SortedMap<String, String> details,
        @Schema(description = "Transaction id when the ledger saw the call") String txId) {
}
