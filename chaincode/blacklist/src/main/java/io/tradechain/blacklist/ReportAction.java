package io.tradechain.blacklist;

/**
 * What a transaction did to a report; the last one is kept on the report, every one in its history.
 */
public enum ReportAction {
    REPORTED,
    APPEALED,
    APPEAL_REJECTED,
    DELISTED
}
