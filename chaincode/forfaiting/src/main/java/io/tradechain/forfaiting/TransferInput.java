package io.tradechain.forfaiting;

/**
 * Transient {@code transfer}: the SHA-256 of the signed transfer agreement and of the transfer
 * notice.
 */
public record TransferInput(String agreementHash, String noticeHash) {}
