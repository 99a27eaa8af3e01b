package io.tradechain.verification;

import io.tradechain.chaincode.common.Money;

/**
 * A document's fields as a client sends them in the transient map, before any check. {@code type}
 * is required in a batch and optional where the function implies it. Fields of the other document
 * type must be absent.
 */
public record DocumentSubmission(
        String type,
        String invoiceCode,
        String invoiceNumber,
        String checkCode,
        String sellerCode,
        String buyerCode,
        Money amount,
        Money tax,
        String issueDate,
        String declarationNumber,
        String exporterCode,
        String declarationDate) {}
