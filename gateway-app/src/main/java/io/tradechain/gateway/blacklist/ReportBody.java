package io.tradechain.gateway.blacklist;

import io.tradechain.gateway.verification.MoneyBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bank's report of a party; the whole report, credit code included, goes to the chaincode as
 * transient data.
 */
@Schema(
        description = "A blacklist report",
        example =
                """
        {"creditCode":"91330206MA2H7PB41J","category":"LOAN_DEFAULT",\
        "reason":"Working-capital loan WC-2026-0188 unpaid 90 days after maturity",\
        "evidenceHash":"3b1f0c6a9d2e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c",\
        "amountInDefault":{"currency":"CNY","minorUnits":120000000},"reportDate":"2026-11-20"}""")
public record ReportBody(
        @NotNull
                @Pattern(
                        regexp = "[0-9A-Za-z]{18}",
                        message = "must be an 18-character credit code")
                String creditCode,
        @NotNull @Pattern(regexp = "LOAN_DEFAULT|FRAUD|FORGED_DOCUMENTS|OVERDUE_ACCEPTANCE|OTHER")
                String category,
        @NotBlank @Size(max = 1000) String reason,
        @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be a SHA-256 in lowercase hex")
                String evidenceHash,
        @NotNull @Valid MoneyBody amountInDefault,
        @NotNull
                @Pattern(
                        regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}",
                        message = "must be a date yyyy-MM-dd")
                String reportDate) {}
