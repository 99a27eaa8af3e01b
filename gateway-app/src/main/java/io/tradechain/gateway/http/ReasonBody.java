package io.tradechain.gateway.http;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why: recorded on the ledger with the change (a refusal, a decline, a delisting, a release, a
 * void).
 */
@Schema(
        description = "Why, in up to 500 characters; recorded on the ledger with the change",
        example = "{\"reason\":\"invoice re-issued by the seller under a new number\"}")
public record ReasonBody(@NotBlank @Size(max = 500) String reason) {}
