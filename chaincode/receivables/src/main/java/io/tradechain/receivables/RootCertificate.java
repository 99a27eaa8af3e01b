package io.tradechain.receivables;

import io.tradechain.chaincode.common.Money;

/**
 * The certificate as issued (数字债权凭证): who owes, to whom it was issued, the trade behind it, its
 * maturity and progress. {@code settled} counts the live pieces paid so far; the root is SETTLED
 * when none is left. The root is not rewritten by transfers (that would make every transfer under
 * one root conflict with every other).
 */
public record RootCertificate(
        String rootId,
        String lineId,
        String funderMsp,
        String debtorCode,
        String firstHolderCode,
        Money faceValue,
        Money settled,
        RootStatus status,
        String issueDate,
        String maturityDate,
        String contractRef,
        String invoiceDocumentId,
        String issuedAt,
        String updatedAt,
        String lastTxId) {

    RootCertificate with(RootStatus nextStatus, Money nowSettled, String at, String txId) {
        return new RootCertificate(
                rootId,
                lineId,
                funderMsp,
                debtorCode,
                firstHolderCode,
                faceValue,
                nowSettled,
                nextStatus,
                issueDate,
                maturityDate,
                contractRef,
                invoiceDocumentId,
                issuedAt,
                at,
                txId);
    }
}
