package io.tradechain.blacklist;

/** Why a bank reports a party. */
public enum ReportCategory {
    /** A loan or financing not repaid (贷款违约). */
    LOAN_DEFAULT,
    /** Fraud against the bank (欺诈). */
    FRAUD,
    /** Forged invoices, contracts, customs or transport documents (伪造单据). */
    FORGED_DOCUMENTS,
    /** An accepted bill, L/C or receivable certificate not paid at maturity (承兑逾期). */
    OVERDUE_ACCEPTANCE,
    /** Anything else; the private reason says what. */
    OTHER
}
