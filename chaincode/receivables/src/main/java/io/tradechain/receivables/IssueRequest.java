package io.tradechain.receivables;

import io.tradechain.chaincode.common.Money;

/**
 * What a core enterprise sends to issue a certificate: the line it uses, the tier-1 supplier, the
 * amount, the maturity and the trade behind it (contract reference and the verification chaincode's
 * id of the invoice).
 */
public record IssueRequest(
        String lineId,
        String supplierCode,
        Money amount,
        String maturityDate,
        String contractRef,
        String invoiceDocumentId) {}
