package io.tradechain.parties;

/**
 * A legal person on the ledger, keyed by its unified social credit code (统一社会信用代码).
 *
 * @param creditCode 18-character unified social credit code, check character verified
 * @param name registered legal name
 * @param kind what the party is on the network
 * @param mspId the organisation whose identities may act for the party
 * @param registeredBy client identity id of the admin who registered it
 * @param registeredAt ISO-8601 transaction timestamp of the registration
 * @param registeredTxId transaction that registered it
 */
public record Party(
        String creditCode,
        String name,
        PartyKind kind,
        String mspId,
        String registeredBy,
        String registeredAt,
        String registeredTxId) {}
