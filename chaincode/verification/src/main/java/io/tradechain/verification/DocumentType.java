package io.tradechain.verification;

/** The documents the authority registers. */
public enum DocumentType {
    /** A VAT invoice registered by the tax bureau (增值税发票). */
    INVOICE,
    /** An export customs declaration registered by customs (出口报关单). */
    CUSTOMS_DECLARATION
}
