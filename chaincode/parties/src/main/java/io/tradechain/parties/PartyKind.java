package io.tradechain.parties;

/** What a legal person is on the network; decides which organisation (MSP) may hold it. */
public enum PartyKind {
    /** 核心企业: issues receivable certificates against its credit line. */
    CORE_ENTERPRISE,
    /** N级供应商: receives, splits, transfers and finances certificates. */
    SUPPLIER,
    /** A bank: funder, issuing/advising bank, forfaiting buyer or seller. */
    BANK,
    /** Tax bureau or customs: registers authentic invoices and declarations. */
    AUTHORITY,
    /**
     * The regulator. It reads everything and writes nothing, so it is never registered as a party:
     * it is recognised by its MSP alone. The kind exists so that a registration attempt is refused
     * with a clear code.
     */
    REGULATOR
}
