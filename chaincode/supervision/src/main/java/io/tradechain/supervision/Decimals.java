package io.tradechain.supervision;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Currencies;
import io.tradechain.chaincode.common.Money;
import java.util.regex.Pattern;

/** Reads an amount written as {@link Money#toDecimalString()} writes it, in a known currency, on the digits only. */
final class Decimals {
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,18}(\\.[0-9]{1,6})?");

    private Decimals() {
    }

    static Money parse(String field, String text, String currency) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            throw invalid(field, "must be a positive decimal amount such as 1000000.00");
        }
        int digits = Currencies.minorDigits(currency);
        int point = text.indexOf('.');
        String whole = point < 0 ? text : text.substring(0, point);
        String fraction = point < 0 ? "" : text.substring(point + 1);
        if (fraction.length() > digits) {
            throw invalid(field, "has more decimals than " + currency + " allows (" + digits + ")");
        }
        String minor = whole + fraction + "0".repeat(digits - fraction.length());
        try {
            return Money.of(Long.parseLong(minor), currency).requirePositive(field);
        } catch (NumberFormatException e) {
            throw invalid(field, "is too large");
        }
    }

    private static BusinessException invalid(String field, String problem) {
        return BusinessException.of(CommonErrorCode.INVALID_ARGUMENT, field + " " + problem, "field", field);
    }
}
