package io.tradechain.gateway.receivables;

import io.tradechain.gateway.verification.DocumentBody;
import io.tradechain.gateway.verification.MoneyBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the receivables API. */
final class Bodies {
    static final String CODE = "[0-9A-Za-z]{18}";
    static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

    private Bodies() {}

    @Schema(
            description =
                    "Try it as bank2.officer: the demo data gives Bank1 a line for Huadong already "
                            + "(LINE_ALREADY_EXISTS for bank1.officer)",
            example =
                    "{\"debtorCode\":\"91310115MA1K4HQ27W\","
                            + "\"limit\":{\"currency\":\"CNY\",\"minorUnits\":10000000000},\"expiresOn\":\"2027-11-30\"}")
    record LineBody(
            @NotNull @Pattern(regexp = CODE) String debtorCode,
            @NotNull @Valid MoneyBody limit,
            @NotNull @Pattern(regexp = DATE) String expiresOn,
            @Valid PricingBody pricing) {}

    @Schema(
            description =
                    "The funder's pricing of a line's certificates, private to the funder, the debtor and the "
                            + "regulator: yearly rate and fee, both in basis points (350 = 3.50%). A financing that states no terms "
                            + "takes them from here.",
            example = "{\"ratePerAnnumBp\":350,\"feeBp\":10}")
    record PricingBody(
            @NotNull @Min(0) @Max(10_000) Integer ratePerAnnumBp,
            @Min(0) @Max(10_000) Integer feeBp) {}

    record LimitBody(@NotNull @Valid MoneyBody limit) {}

    @Schema(
            description =
                    "Try it as coreco.treasurer: the demo invoice 3205194130-04471204 (Suzhou to Huadong, CNY "
                            + "5,000,000.00) backs CNY 3,000,000.00 on the demo line",
            example =
                    "{\"lineId\":"
                            + "\"Bank1MSP:91310115MA1K4HQ27W\",\"supplierCode\":\"91320505MA1W3KT8XR\","
                            + "\"amount\":{\"currency\":\"CNY\",\"minorUnits\":300000000},\"maturityDate\":\"2027-05-31\","
                            + "\"contractRef\":\"PO-2026-0117\",\"invoiceDocumentId\":"
                            + "\"2d0f53d414f2eed226c0f510e88eca37410df966cf1392a7e8d9059f107bf58c\",\"invoice\":{\"type\":\"INVOICE\","
                            + "\"invoiceCode\":\"3205194130\",\"invoiceNumber\":\"04471204\",\"checkCode\":\"18273645091827364509\","
                            + "\"sellerCode\":\"91320505MA1W3KT8XR\",\"buyerCode\":\"91310115MA1K4HQ27W\",\"amount\":{\"currency\":"
                            + "\"CNY\",\"minorUnits\":442477876},\"tax\":{\"currency\":\"CNY\",\"minorUnits\":57522124},"
                            + "\"issueDate\":\"2026-09-25\"}}")
    record IssueBody(
            @NotBlank @Size(max = 128) String lineId,
            @NotNull @Pattern(regexp = CODE) String supplierCode,
            @NotNull @Valid MoneyBody amount,
            @NotNull @Pattern(regexp = DATE) String maturityDate,
            @NotBlank @Size(max = 128) String contractRef,
            @NotNull @Pattern(regexp = "[0-9a-f]{64}") String invoiceDocumentId,
            @NotNull @Valid DocumentBody invoice) {}

    @Schema(
            example =
                    "{\"recipientCode\":\"91330106MA2CF1L6NM\",\"amount\":{\"currency\":\"CNY\","
                            + "\"minorUnits\":100000000}}")
    record TransferBody(
            @NotNull @Pattern(regexp = CODE) String recipientCode,
            @NotNull @Valid MoneyBody amount) {}

    record AmountBody(@NotNull @Valid MoneyBody amount) {}

    @Schema(
            description =
                    "The bank's private terms: yearly rate in basis points, fee, amount disbursed. Each one "
                            + "left out comes from the line's pricing (the disbursed amount is then the financed amount less interest "
                            + "to maturity, actual/365, and the fee)")
    record TermsBody(
            @Min(0) @Max(10_000) Integer ratePerAnnumBp,
            @Valid MoneyBody fee,
            @Valid MoneyBody disbursed) {}

    @Schema(
            description =
                    "Approval: the private terms (optional: the line's pricing otherwise) and the certificate's "
                            + "invoice (its fields prove the bank holds it and lock the financed amount on it)")
    record ApprovalBody(@Valid TermsBody terms, @NotNull @Valid DocumentBody document) {}
}
