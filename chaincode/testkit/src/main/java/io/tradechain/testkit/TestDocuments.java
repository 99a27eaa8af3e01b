package io.tradechain.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The trade documents the chaincode tests register, lock and present, as the verification chaincode
 * reads them: a VAT special invoice in CNY and an amount in minor units. Each test network fixes
 * its own parties, numbers and amounts.
 */
public final class TestDocuments {
    private TestDocuments() {}

    /**
     * A VAT special invoice ({@code type} not set; see {@link #typed}).
     *
     * @param amount the amount before tax, CNY minor units
     * @param tax the tax, CNY minor units
     */
    public static Map<String, Object> vatInvoice(
            String invoiceCode,
            String invoiceNumber,
            String checkCode,
            String seller,
            String buyer,
            long amount,
            long tax,
            String issueDate) {
        Map<String, Object> invoice = new LinkedHashMap<>();
        invoice.put("invoiceCode", invoiceCode);
        invoice.put("invoiceNumber", invoiceNumber);
        invoice.put("checkCode", checkCode);
        invoice.put("sellerCode", seller);
        invoice.put("buyerCode", buyer);
        invoice.put("amount", money("CNY", amount));
        invoice.put("tax", money("CNY", tax));
        invoice.put("issueDate", issueDate);
        return invoice;
    }

    /**
     * The same document typed ({@code INVOICE}, {@code CUSTOMS_DECLARATION}) for a batch or a lock.
     */
    public static Map<String, Object> typed(String type, Map<String, Object> fields) {
        Map<String, Object> copy = new LinkedHashMap<>();
        copy.put("type", type);
        copy.putAll(fields);
        return copy;
    }

    /** An amount as the chaincodes' JSON writes it. */
    public static Map<String, Object> money(String currency, long minorUnits) {
        Map<String, Object> money = new LinkedHashMap<>();
        money.put("currency", currency);
        money.put("minorUnits", minorUnits);
        return money;
    }
}
