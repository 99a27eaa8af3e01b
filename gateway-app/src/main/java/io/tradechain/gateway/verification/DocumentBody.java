package io.tradechain.gateway.verification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A document's fields as a bank, the tax bureau or customs sends them. An invoice uses {@code
 * invoiceCode} to {@code issueDate}; a declaration {@code declarationNumber} to {@code
 * declarationDate}; {@code type} says which (implied when registering). The gateway passes them to
 * the chaincode in the transient map only.
 */
@Schema(
        description = "Invoice or customs declaration fields",
        example =
                """
        {"type":"INVOICE","invoiceCode":"3205194130","invoiceNumber":"04471203","checkCode":"73920184652018374651",\
        "sellerCode":"91320505MA1W3KT8XR","buyerCode":"91310115MA1K4HQ27W",\
        "amount":{"currency":"CNY","minorUnits":884955752},"tax":{"currency":"CNY","minorUnits":115044248},\
        "issueDate":"2026-09-18"}""")
public record DocumentBody(
        @Pattern(regexp = "INVOICE|CUSTOMS_DECLARATION") String type,
        @Size(max = 12) String invoiceCode,
        @Size(max = 20) String invoiceNumber,
        @Size(max = 20) String checkCode,
        @Size(max = 18) String sellerCode,
        @Size(max = 18) String buyerCode,
        @Valid MoneyBody amount,
        @Valid MoneyBody tax,
        @Size(max = 10) String issueDate,
        @Size(max = 18) String declarationNumber,
        @Size(max = 18) String exporterCode,
        @Size(max = 10) String declarationDate) {}
