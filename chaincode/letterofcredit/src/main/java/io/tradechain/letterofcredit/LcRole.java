package io.tradechain.letterofcredit;

/** The roles a caller can have in one L/C, derived from its identity and the L/C's terms. */
public enum LcRole {
    ISSUING_BANK,
    ADVISING_BANK,
    APPLICANT,
    BENEFICIARY,
    REGULATOR
}
