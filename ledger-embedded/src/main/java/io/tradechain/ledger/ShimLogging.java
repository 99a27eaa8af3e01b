package io.tradechain.ledger;

import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps the shim's console output useful in tests and demos. The shim logs every call at INFO,
 * resets its logger levels whenever a router is created, and logs each refused transaction with a
 * stack trace; a business refusal is an expected outcome, not an error. A filter on the console
 * handlers drops shim records below WARNING and the refusal reports of our {@code
 * BusinessException}; unexpected chaincode failures still show. Set the system property {@code
 * tradechain.testkit.verbose=true} to see everything.
 */
final class ShimLogging {
    private static final Filter FILTER = ShimLogging::loggable;
    private static final Logger ROOT = Logger.getLogger("");

    private ShimLogging() {}

    static void quieten() {
        if (Boolean.getBoolean("tradechain.testkit.verbose")) {
            return;
        }
        for (Handler handler : ROOT.getHandlers()) {
            if (handler.getFilter() != FILTER) {
                handler.setFilter(FILTER);
            }
        }
    }

    private static boolean loggable(LogRecord record) {
        String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
        if (!logger.startsWith("org.hyperledger")) {
            return true;
        }
        if (record.getLevel().intValue() < Level.WARNING.intValue()) {
            return false;
        }
        String message = record.getMessage() == null ? "" : record.getMessage();
        return !message.contains("io.tradechain.chaincode.common.BusinessException");
    }
}
