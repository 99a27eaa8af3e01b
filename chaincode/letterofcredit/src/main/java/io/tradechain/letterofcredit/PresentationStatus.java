package io.tradechain.letterofcredit;

/** Where one presentation of documents (交单) stands. */
public enum PresentationStatus {
    /** The beneficiary (or the nominated bank for it) presented documents. */
    PRESENTED,
    /** The issuing bank has the documents (到单). */
    RECEIVED,
    /** Examined and compliant, or discrepancies waived by the applicant. */
    COMPLIANT,
    /** Examined with discrepancies; the applicant waives or refuses. */
    DISCREPANT,
    /** Refused: the amount is free again under the L/C. */
    REFUSED,
    /**
     * Accepted by the issuing bank (usance L/C): the maturity date is fixed; the claim may be sold.
     */
    ACCEPTED,
    /** Paid to the claim holder. */
    PAID;

    /**
     * True while the presentation still binds part of the L/C's amount and awaits a decision or
     * payment.
     */
    boolean isOpen() {
        return this != REFUSED && this != PAID;
    }
}
