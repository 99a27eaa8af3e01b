package io.tradechain.gateway.verification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A lock request: the bank's financing reference, the amount, and the document's fields as proof of
 * possession.
 */
@Schema(
        description = "Lock an amount of a document for a financing",
        example =
                """
        {"financingRef":"B1-FIN-2026-0001","amount":{"currency":"CNY","minorUnits":800000000},\
        "document":{"type":"INVOICE","invoiceCode":"3205194130","invoiceNumber":"04471203",\
        "checkCode":"73920184652018374651","sellerCode":"91320505MA1W3KT8XR","buyerCode":"91310115MA1K4HQ27W",\
        "amount":{"currency":"CNY","minorUnits":884955752},"tax":{"currency":"CNY","minorUnits":115044248},\
        "issueDate":"2026-09-18"}}""")
public record LockBody(
        @NotNull @Size(min = 1, max = 64) String financingRef,
        @NotNull @Valid MoneyBody amount,
        @NotNull @Valid DocumentBody document) {}
