package io.tradechain.parties;

/**
 * A client identity (X.509 subject + issuer, as {@code ClientIdentity.getId()} renders it) of one
 * MSP, allowed to act for one party.
 *
 * @param mspId the identity's organisation; always the party's organisation
 * @param clientId {@code x509::<subject>::<issuer>}
 * @param creditCode the party it acts for
 * @param boundBy client identity id of the admin who bound it
 * @param boundAt ISO-8601 transaction timestamp
 * @param boundTxId transaction that bound it
 */
public record IdentityBinding(
        String mspId,
        String clientId,
        String creditCode,
        String boundBy,
        String boundAt,
        String boundTxId) {}
