package io.tradechain.supervision;

/**
 * Public record under {@code salertref} + SHA-256(asking MSP | alert reference): which transaction
 * recorded the alert the gateway sent under that reference, so that a retry of a committed alert
 * does not record it twice. It names no code, document or party.
 */
public record AlertRef(String alertId) {}
