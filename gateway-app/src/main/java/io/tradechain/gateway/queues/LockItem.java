package io.tradechain.gateway.queues;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.tradechain.gateway.verification.MoneyBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An amount of a verified document that a bank's financing occupies (a verification lock) and still
 * holds.
 */
@Schema(name = "LockItem")
@JsonIgnoreProperties(ignoreUnknown = true)
public record LockItem(
        String documentId,
        @Schema(
                        description =
                                "The financing's reference, e.g. a financing request id or <product>:<reference>")
                String financingRef,
        @Schema(description = "The bank holding the financing") String bankMsp,
        MoneyBody amount,
        MoneyBody repaid,
        @Schema(description = "LOCKED (only held locks are queued)") String status,
        String lockedAt,
        String updatedAt,
        String lastTxId,
        @Schema(
                        description =
                                "The product chaincode whose use is financed, or null for a bank's own lock")
                String product) {}
