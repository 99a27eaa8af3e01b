package io.tradechain.letterofcredit;

import io.tradechain.chaincode.common.Money;
import java.util.List;

/** Transient {@code presentation}: the amount drawn and the documents presented. */
public record PresentationInput(Money amount, List<DocumentRef> documents) {}
