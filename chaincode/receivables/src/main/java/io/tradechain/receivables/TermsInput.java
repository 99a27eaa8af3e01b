package io.tradechain.receivables;

import io.tradechain.chaincode.common.Money;

/** What the bank sends in the transient map under {@code terms} to approve a financing. */
public record TermsInput(Integer ratePerAnnumBp, Money fee, Money disbursed) {}
