package io.tradechain.verification;

/** ACTIVE until revoked; an ACTIVE authorisation past its expiry date is reported as EXPIRED. */
public enum AuthorisationStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}
