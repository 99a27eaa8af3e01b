package io.tradechain.gateway.queues;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An L/C awaiting the participant's action: its public status, the participant's roles and what is
 * awaited.
 */
@Schema(
        name = "LcQueueItem",
        description = "No terms: parties, amounts and dates stay private (GET the L/C's terms)")
@JsonIgnoreProperties(ignoreUnknown = true)
public record LcQueueItem(
        String lcId,
        @Schema(description = "APPLIED, ISSUED, ADVISED, USED, EXPIRED, CANCELLED, DECLINED")
                String status,
        String issuingBankMsp,
        String advisingBankMsp,
        @Schema(
                        description =
                                "The participant's roles in the L/C (REGULATOR when the regulator lists every L/C)")
                List<String> roles,
        @Schema(description = "What the L/C awaits from those roles, the L/C's own actions first")
                List<AwaitedAction> awaiting,
        String updatedAt) {}
