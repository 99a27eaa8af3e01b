package io.tradechain.letterofcredit;

import io.tradechain.chaincode.common.Money;

/** Transient {@code negotiation}: what the nominated bank pays the beneficiary for the claim. */
public record Negotiation(Money price) {}
