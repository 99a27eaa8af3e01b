package io.tradechain.chaincode.common;

/**
 * A registered party as other chaincodes see it.
 *
 * @param creditCode the party's unified social credit code (its id)
 * @param name the registered legal name
 * @param kind the party kind as the party registry names it (e.g. {@code SUPPLIER}, {@code BANK})
 * @param mspId the organisation whose identities act for the party
 */
public record PartyRef(String creditCode, String name, String kind, String mspId) {}
