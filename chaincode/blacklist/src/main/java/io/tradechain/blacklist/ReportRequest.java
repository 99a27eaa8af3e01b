package io.tradechain.blacklist;

import io.tradechain.chaincode.common.Money;

/**
 * What a bank sends in the transient map under {@code report} to file a report, as JSON:
 *
 * <pre>{"amountInDefault":{"currency":"CNY","minorUnits":120000000},"category":"LOAN_DEFAULT",
 * "creditCode":"91310000MA1FL0C0R8","evidenceHash":"<64 hex>","reason":"...","reportDate":"2026-02-27"}
 * </pre>
 *
 * Everything travels there, the credit code included: transaction arguments are written into the
 * block in clear. {@link ReportValidation} checks it.
 */
public record ReportRequest(
        String creditCode,
        String category,
        String reason,
        String evidenceHash,
        Money amountInDefault,
        String reportDate) {}
