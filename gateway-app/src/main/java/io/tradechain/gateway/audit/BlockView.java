package io.tradechain.gateway.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A block: its place in the hash chain and its transactions. */
@Schema(name = "Block")
public record BlockView(
        long number,
        @Schema(description = "SHA-256 of number, previous hash and data hash") String hash,
        @Schema(description = "The previous block's hash; empty for block 0") String previousHash,
        @Schema(description = "SHA-256 of the block's encoded transactions") String dataHash,
        List<TransactionView> transactions) {}
