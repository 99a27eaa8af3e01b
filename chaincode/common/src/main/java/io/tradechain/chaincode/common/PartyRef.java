package io.tradechain.chaincode.common;

/** A party as other chaincodes see it: its credit code, name, kind and organisation. */
public record PartyRef(String creditCode, String name, String kind, String mspId) {
}
