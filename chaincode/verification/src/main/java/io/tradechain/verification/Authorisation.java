package io.tradechain.verification;

import java.time.LocalDate;

/**
 * A party's permission for one bank to query its documents until {@code expiresOn} inclusive
 * (授权查证). Stored as ACTIVE or REVOKED; {@link #statusOn} reports EXPIRED once the date has passed.
 */
public record Authorisation(
        String ownerHash,
        String bankMsp,
        String expiresOn,
        AuthorisationStatus status,
        String grantedAt,
        String grantedBy,
        String revokedAt,
        String lastTxId) {

    /** The status on a given day (the transaction's UTC date). */
    AuthorisationStatus statusOn(LocalDate day) {
        if (status == AuthorisationStatus.ACTIVE && day.isAfter(LocalDate.parse(expiresOn))) {
            return AuthorisationStatus.EXPIRED;
        }
        return status;
    }

    Authorisation revoked(String at, String txId) {
        return new Authorisation(
                ownerHash,
                bankMsp,
                expiresOn,
                AuthorisationStatus.REVOKED,
                grantedAt,
                grantedBy,
                at,
                txId);
    }

    /** The view a caller gets: the status as of the day asked. */
    Authorisation asOf(LocalDate day) {
        return new Authorisation(
                ownerHash,
                bankMsp,
                expiresOn,
                statusOn(day),
                grantedAt,
                grantedBy,
                revokedAt,
                lastTxId);
    }
}
