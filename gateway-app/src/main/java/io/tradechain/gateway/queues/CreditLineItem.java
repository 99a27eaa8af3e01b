package io.tradechain.gateway.queues;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.tradechain.gateway.verification.MoneyBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A credit line a bank granted a core enterprise. */
@Schema(name = "CreditLineItem")
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreditLineItem(
        @Schema(description = "<bank MSP>:<debtor credit code>") String lineId,
        String funderMsp,
        String debtorCode,
        MoneyBody limit,
        MoneyBody used,
        @Schema(description = "ACTIVE or FROZEN") String status,
        String expiresOn,
        String grantedAt,
        String updatedAt,
        String lastTxId) {}
