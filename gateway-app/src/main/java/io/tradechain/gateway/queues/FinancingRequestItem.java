package io.tradechain.gateway.queues;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.tradechain.gateway.verification.MoneyBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A financing request's public record, as a bank's queue lists it (the terms are private and never
 * listed).
 */
@Schema(name = "FinancingRequestItem")
@JsonIgnoreProperties(ignoreUnknown = true)
public record FinancingRequestItem(
        @Schema(description = "The request id (the requesting transaction's id)") String requestId,
        String rootId,
        @Schema(description = "The piece set apart for the financing") String pieceId,
        @Schema(description = "Credit code of the holder who asked") String holderCode,
        @Schema(description = "The bank that decides") String funderMsp,
        MoneyBody amount,
        @Schema(description = "REQUESTED, APPROVED or REFUSED") String status,
        String invoiceDocumentId,
        @Schema(description = "The piece the bank holds after approval") String bankPieceId,
        @Schema(description = "Why it was refused") String reason,
        String requestedAt,
        String decidedAt,
        String lastTxId) {}
