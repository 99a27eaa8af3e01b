package io.tradechain.gateway.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The chain's height and head. */
@Schema(name = "LedgerSummary")
public record LedgerSummary(
        String channel, long height, @Schema(description = "Hash of the last block") String head) {}
