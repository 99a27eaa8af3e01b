package io.tradechain.letterofcredit;

import java.util.List;

/** Transient {@code examination}: the discrepancies found (none: compliant). */
public record Examination(List<String> discrepancies) {}
