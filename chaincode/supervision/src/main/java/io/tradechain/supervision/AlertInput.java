package io.tradechain.supervision;

/**
 * What the asking organisation's gateway says was refused (transient {@code alert}): the code, the
 * refused function ({@code chaincode.Function}) and the subject the code is about: a document id
 * (document codes), a party's credit code ({@code PARTY_BLACKLISTED}) or a credit line ({@code
 * CREDIT_LINE_EXCEEDED}), and the amount asked as a decimal in the subject's currency. Never the
 * asking organisation: that is the transaction's creator.
 */
public record AlertInput(
        String code,
        String function,
        String documentId,
        String creditCode,
        String lineId,
        String requested) {}
