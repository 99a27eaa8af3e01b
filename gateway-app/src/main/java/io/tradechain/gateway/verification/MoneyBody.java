package io.tradechain.gateway.verification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An amount in whole minor units (fen, cents) of an ISO-4217 currency; never a decimal fraction.
 */
@Schema(
        description = "Amount in minor units",
        example = "{\"currency\":\"CNY\",\"minorUnits\":11300000}")
public record MoneyBody(
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code such as CNY")
                String currency,
        @NotNull Long minorUnits) {}
