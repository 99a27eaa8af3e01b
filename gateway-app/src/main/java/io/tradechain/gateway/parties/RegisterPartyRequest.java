package io.tradechain.gateway.parties;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registration of a party of the caller's organisation. */
@Schema(name = "RegisterPartyRequest")
public record RegisterPartyRequest(
        @Schema(
                        description = "Unified social credit code, 18 characters",
                        examples = "91330106MA2CF1L6NM")
                @NotBlank
                @Size(min = 18, max = 18)
                String creditCode,
        @Schema(description = "Registered legal name", examples = "杭州联合钢材贸易有限公司")
                @NotBlank
                @Size(max = 200)
                String name,
        @Schema(description = "CORE_ENTERPRISE, SUPPLIER, BANK or AUTHORITY", examples = "SUPPLIER")
                @NotNull
                PartyKindDto kind) {

    /** Kinds a gateway user may register (the regulator is never a party). */
    public enum PartyKindDto {
        CORE_ENTERPRISE,
        SUPPLIER,
        BANK,
        AUTHORITY
    }
}
