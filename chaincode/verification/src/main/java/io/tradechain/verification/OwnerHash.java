package io.tradechain.verification;

import io.tradechain.chaincode.common.Hashes;

/**
 * The owner of a document on the public ledger: SHA-256 of its normalised credit code (a pseudonym,
 * not a secret).
 */
final class OwnerHash {
    private OwnerHash() {}

    static String of(String normalisedCreditCode) {
        return Hashes.sha256Hex(normalisedCreditCode);
    }
}
