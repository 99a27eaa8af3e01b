package io.tradechain.supervision;

import io.tradechain.chaincode.common.Money;

/**
 * A recorded supervision alert, in the regulator's collection only. Identifiers are SHA-256 hashes
 * (lowercase hex): {@code documentHash} of the verification chaincode's document id, {@code
 * partyHash} of the party's credit code (the blacklist's code hash), {@code askerHash} of the
 * asking identity's client id. {@code confirmed} says whether the chaincode re-checked the claim
 * against the ledger (false only where it cannot: a blacklist hit asked by a non-bank, which may
 * not read another party's listing).
 *
 * @param alertId the recording transaction's id
 * @param recordedAt the transaction's timestamp, UTC, millisecond precision, fixed width
 */
public record Alert(
        String alertId,
        AlertCode code,
        String askingMsp,
        String askerHash,
        String refusedFunction,
        String documentHash,
        String partyHash,
        String lineFunderMsp,
        Money requested,
        boolean confirmed,
        String recordedAt) {}
