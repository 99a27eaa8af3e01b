package io.tradechain.gateway.verification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bank an enterprise lets query its documents, and until which day (inclusive). */
@Schema(example = "{\"bankMsp\":\"Bank2MSP\",\"expiresOn\":\"2026-12-24\"}")
public record AuthorisationBody(
        @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9.-]{0,63}") String bankMsp,
        @NotNull
                @Pattern(
                        regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}",
                        message = "must be a date yyyy-MM-dd")
                String expiresOn) {}
