package io.tradechain.gateway.verification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why: recorded on the ledger with the change. */
public record ReasonBody(@NotBlank @Size(max = 500) String reason) {
}
