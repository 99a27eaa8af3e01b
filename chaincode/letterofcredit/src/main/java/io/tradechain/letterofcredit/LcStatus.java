package io.tradechain.letterofcredit;

/** Where a letter of credit stands (README: state machine). Presentations have their own status. */
public enum LcStatus {
    /** The applicant asked its bank to issue; nothing is promised yet. */
    APPLIED,
    /** The issuing bank declined the application. */
    DECLINED,
    /** Issued: the bank's undertaking exists; the advising bank has not yet passed it on. */
    ISSUED,
    /** Advised to the beneficiary; documents may be presented until expiry. */
    ADVISED,
    /** Drawn in full (within the tolerance) and every presentation paid. */
    USED,
    /** Past its expiry date with nothing under way. */
    EXPIRED,
    /** Cancelled with the consent of the applicant, the beneficiary and the issuing bank. */
    CANCELLED,
    /** Closed by the issuing bank (闭卷): nothing more can happen. */
    CLOSED
}
