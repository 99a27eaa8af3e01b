package io.tradechain.gateway.sandbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the embedded ledger's clock says: the timestamp the next transaction gets and its date
 * (UTC).
 */
@Schema(
        name = "SandboxClock",
        description =
                "The embedded ledger's clock, which chaincodes read as the transaction "
                        + "timestamp")
public record ClockView(
        @Schema(
                        description =
                                "The timestamp a transaction submitted now gets (ISO-8601, UTC)",
                        examples = "2026-09-02T08:15:00Z")
                String now,
        @Schema(
                        description =
                                "Today for every chaincode: the date of that timestamp in UTC",
                        examples = "2026-09-02")
                String today,
        @Schema(
                        description =
                                "Whole seconds the clock runs ahead of the system clock; it only grows",
                        examples = "15552000")
                long offsetSeconds) {}
