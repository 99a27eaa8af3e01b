package io.tradechain.receivables;

import io.tradechain.chaincode.common.Money;

/**
 * A bank's credit line for a core enterprise (授信额度): certificates the enterprise issues use it,
 * settlement restores it. {@code used <= limit} always.
 */
public record CreditLine(
        String lineId,
        String funderMsp,
        String debtorCode,
        Money limit,
        Money used,
        LineStatus status,
        String expiresOn,
        String grantedAt,
        String updatedAt,
        String lastTxId) {

    static String idOf(String funderMsp, String debtorCode) {
        return funderMsp + ":" + debtorCode;
    }

    Money available() {
        return limit.minus(used);
    }

    CreditLine withUsed(Money nowUsed, String at, String txId) {
        return new CreditLine(
                lineId,
                funderMsp,
                debtorCode,
                limit,
                nowUsed,
                status,
                expiresOn,
                grantedAt,
                at,
                txId);
    }

    CreditLine withLimit(Money nowLimit, String at, String txId) {
        return new CreditLine(
                lineId,
                funderMsp,
                debtorCode,
                nowLimit,
                used,
                status,
                expiresOn,
                grantedAt,
                at,
                txId);
    }

    CreditLine withStatus(LineStatus nowStatus, String at, String txId) {
        return new CreditLine(
                lineId,
                funderMsp,
                debtorCode,
                limit,
                used,
                nowStatus,
                expiresOn,
                grantedAt,
                at,
                txId);
    }
}
