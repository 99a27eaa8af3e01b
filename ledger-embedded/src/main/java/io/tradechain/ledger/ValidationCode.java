package io.tradechain.ledger;

/** Outcome of validating an ordered transaction at commit, named as Fabric names them. */
public enum ValidationCode {
    VALID,
    MVCC_READ_CONFLICT,
    PHANTOM_READ_CONFLICT,
    /** Reserved: the in-memory ledger does not evaluate endorsement policies. */
    ENDORSEMENT_POLICY_FAILURE
}
