package io.tradechain.blacklist;

import io.tradechain.chaincode.common.Money;

/**
 * What a report says, private to the banks and the regulator: collection {@code blacklistDetails},
 * key {@code reportDetails / <reportId>}. Written once when the report is filed.
 *
 * @param reportId the report's id
 * @param creditCode the reported party's unified social credit code, in clear
 * @param category why it was reported (also public)
 * @param reason the bank's account of the facts
 * @param evidenceHash SHA-256 of the evidence the bank holds off-chain
 * @param amountInDefault the amount in default, in minor units of its currency
 * @param reportDate the date the bank gives for the report, {@code yyyy-MM-dd}
 * @param reporterMsp the reporting bank
 * @param reporterId client id of the identity that filed it
 * @param reportedAt ISO-8601 timestamp of the filing transaction
 */
public record ReportDetails(
        String reportId,
        String creditCode,
        ReportCategory category,
        String reason,
        String evidenceHash,
        Money amountInDefault,
        String reportDate,
        String reporterMsp,
        String reporterId,
        String reportedAt) {}
