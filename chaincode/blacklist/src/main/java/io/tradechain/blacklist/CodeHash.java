package io.tradechain.blacklist;

import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.Hashes;

/**
 * The name of a party on the public ledger: SHA-256 (lowercase hex) of its normalised unified
 * social credit code. It keeps the list of codes out of the public state; it is a pseudonym, not a
 * secret (codes can be enumerated).
 */
final class CodeHash {
    private CodeHash() {}

    /** The hash of a normalised, valid code. */
    static String of(String normalisedCode) {
        return Hashes.sha256Hex(normalisedCode);
    }

    /** Checks a client's code ({@code INVALID_CREDIT_CODE}) and hashes its normalised form. */
    static String ofArgument(String field, String code) {
        return of(Args.creditCode(field, code));
    }
}
