package io.tradechain.gateway.queues;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.tradechain.gateway.verification.MoneyBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A receivable certificate as issued (its root), with its progress. */
@Schema(name = "CertificateItem")
@JsonIgnoreProperties(ignoreUnknown = true)
public record CertificateItem(
        String rootId,
        String lineId,
        String funderMsp,
        @Schema(description = "The core enterprise that owes") String debtorCode,
        @Schema(description = "The supplier it was issued to") String firstHolderCode,
        MoneyBody faceValue,
        @Schema(description = "Paid so far") MoneyBody settled,
        @Schema(description = "PENDING, OUTSTANDING, SETTLED, OVERDUE, REJECTED or CANCELLED")
                String status,
        String issueDate,
        String maturityDate,
        String contractRef,
        String invoiceDocumentId,
        String issuedAt,
        String updatedAt,
        String lastTxId) {}
