package io.tradechain.gateway.lc;

import io.tradechain.gateway.verification.DocumentBody;
import io.tradechain.gateway.verification.MoneyBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the letter-of-credit API; each travels to the chaincode as transient data. */
final class LcBodies {
    static final String CODE = "[0-9A-Za-z]{18}";
    static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    static final String MSP = "[A-Za-z0-9]{1,64}MSP";

    private LcBodies() {}

    @Schema(
            description =
                    "An application for a domestic L/C (the applicant is the caller's enterprise)",
            example =
                    "{\"issuingBankMsp\":\"Bank1MSP\",\"advisingBankMsp\":\"Bank2MSP\",\"beneficiaryCode\":"
                            + "\"91320505MA1W3KT8XR\",\"amount\":{\"currency\":\"CNY\",\"minorUnits\":100000000},\"tolerancePct\":5,"
                            + "\"expiryDate\":\"2027-06-30\",\"usanceDays\":90,\"goodsDescription\":\"2,000 t hot-rolled steel coil\","
                            + "\"documentsRequired\":[\"INVOICE\",\"BILL_OF_LADING\"],\"contractRef\":\"SC-2026-0311\"}")
    record ApplicationBody(
            @NotNull @Pattern(regexp = MSP) String issuingBankMsp,
            @NotNull @Pattern(regexp = MSP) String advisingBankMsp,
            @NotNull @Pattern(regexp = CODE) String beneficiaryCode,
            @NotNull @Valid MoneyBody amount,
            @Min(0) @Max(10) Integer tolerancePct,
            @NotNull @Pattern(regexp = DATE) String expiryDate,
            @Min(0) @Max(360) Integer usanceDays,
            @NotBlank @Size(max = 500) String goodsDescription,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> documentsRequired,
            @NotBlank @Size(max = 64) String contractRef) {}

    @Schema(
            description = "What an amendment changes; absent fields stay",
            example =
                    "{\"amount\":{\"currency\":"
                            + "\"CNY\",\"minorUnits\":80000000},\"expiryDate\":\"2027-05-31\",\"note\":\"order reduced\"}")
    record AmendmentBody(
            @Valid MoneyBody amount,
            @Min(0) @Max(10) Integer tolerancePct,
            @Pattern(regexp = DATE) String expiryDate,
            @Size(max = 500) String goodsDescription,
            @Size(max = 500) String note) {}

    @Schema(description = "A presented document: kind, reference, SHA-256 of the file")
    record DocumentRefBody(
            @NotBlank @Size(max = 40) String type,
            @NotBlank @Size(max = 100) String reference,
            @NotNull @Pattern(regexp = "[0-9a-f]{64}") String sha256) {}

    @Schema(
            description =
                    "A presentation: the amount drawn, the documents (hashes go on the ledger) and the invoice "
                            + "(verified in the verification chaincode; sent as transient data only). The example presents the demo "
                            + "invoice 3205194130-04471203 (Suzhou to Huadong) under an L/C applied for with the application example",
            example =
                    "{\"amount\":"
                            + "{\"currency\":\"CNY\",\"minorUnits\":60000000},\"documents\":[{\"type\":\"BILL_OF_LADING\","
                            + "\"reference\":\"COSU6184200110\",\"sha256\":"
                            + "\"2222222222222222222222222222222222222222222222222222222222222222\"}],\"invoice\":{\"type\":\"INVOICE\","
                            + "\"invoiceCode\":\"3205194130\",\"invoiceNumber\":\"04471203\",\"checkCode\":\"73920184652018374651\","
                            + "\"sellerCode\":\"91320505MA1W3KT8XR\",\"buyerCode\":\"91310115MA1K4HQ27W\",\"amount\":{\"currency\":"
                            + "\"CNY\",\"minorUnits\":884955752},\"tax\":{\"currency\":\"CNY\",\"minorUnits\":115044248},"
                            + "\"issueDate\":\"2026-09-18\"}}")
    record PresentationBody(
            @NotNull @Valid MoneyBody amount,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid DocumentRefBody> documents,
            @NotNull @Valid DocumentBody invoice) {}

    @Schema(
            description = "The examination's findings; none means compliant",
            example =
                    "{\"discrepancies\":"
                            + "[\"bill of lading dated after the latest shipment date\"]}")
    record ExaminationBody(
            @NotNull @Size(max = 20) List<@NotBlank @Size(max = 200) String> discrepancies) {}

    @Schema(description = "What the nominated bank pays the beneficiary for the claim (private)")
    record NegotiationBody(@NotNull @Valid MoneyBody price) {}
}
