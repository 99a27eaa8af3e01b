package io.tradechain.verification;

import java.util.List;

/**
 * A document's public record with its locks (the first {@value VerificationState#MAX_LOCKS_SHOWN}).
 */
public record DocumentView(Document document, List<Lock> locks) {}
