package io.tradechain.gateway.sandbox;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How to move the sandbox clock: by whole days, or to a later date. Exactly one of the two. */
@Schema(name = "SandboxClockMove", description = "Exactly one of advanceDays and toDate")
public record ClockMove(
        @Schema(description = "Days to move forward", examples = "30") @Min(1) @Max(MAX_DAYS)
                Integer advanceDays,
        @Schema(
                        description =
                                "A date after today (UTC) to move to, keeping the time of day",
                        examples = "2026-12-31")
                @Pattern(
                        regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}",
                        message = "must be a date yyyy-MM-dd")
                String toDate) {

    /** The furthest one move goes: ten years. */
    public static final int MAX_DAYS = 3660;
}
