package io.tradechain.blacklist;

/**
 * The reason of an appeal, an appeal rejection or a delisting, sent as JSON {@code
 * {"reason":"..."}} in the transient map (under {@code appeal}, {@code appealRejection} or {@code
 * delisting}), never as an argument.
 *
 * @param reason 1 to 1000 characters, one line
 */
public record ReasonRequest(String reason) {}
