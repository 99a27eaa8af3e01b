package io.tradechain.gateway.verification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents to verify in one call, each with its {@code type}. */
@Schema(
        description = "1 to 500 documents to verify (or send text/csv with the same columns)",
        example =
                "{\"documents\":[{\"type\":\"INVOICE\",\"invoiceCode\":\"3205194130\",\"invoiceNumber\":"
                        + "\"08270431\",\"checkCode\":\"73920184650827043111\",\"sellerCode\":\"91320505MA1W3KT8XR\","
                        + "\"buyerCode\":\"91310115MA1K4HQ27W\",\"amount\":{\"currency\":\"CNY\",\"minorUnits\":"
                        + "100000000},\"tax\":{\"currency\":\"CNY\",\"minorUnits\":13000000},\"issueDate\":"
                        + "\"2026-11-20\"},{\"type\":\"CUSTOMS_DECLARATION\",\"declarationNumber\":\"223320261000123456\","
                        + "\"exporterCode\":\"91330106MA2CF1L6NM\",\"amount\":{\"currency\":\"USD\",\"minorUnits\":"
                        + "2500000},\"declarationDate\":\"2026-11-18\"}]}")
public record BatchBody(
        @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull DocumentBody> documents) {}
