package io.tradechain.gateway.verification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A repayment received on a financing. */
public record RepaymentBody(@NotNull @Valid MoneyBody amount) {}
