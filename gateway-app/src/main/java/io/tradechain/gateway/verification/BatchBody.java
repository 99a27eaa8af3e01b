package io.tradechain.gateway.verification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents to verify in one call, each with its {@code type}. */
@Schema(description = "1 to 500 documents to verify")
public record BatchBody(@NotNull @Size(min = 1, max = 500) List<@Valid @NotNull DocumentBody> documents) {
}
