package io.tradechain.verification;

import io.tradechain.chaincode.common.Money;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A VAT invoice as the tax bureau registers it. Every class value carries the check code, which
 * only a holder of the real invoice knows, so the public hashes of guessable fields (amounts,
 * dates) cannot be brute-forced.
 */
public record InvoiceFields(
        String invoiceCode,
        String invoiceNumber,
        String checkCode,
        String sellerCode,
        String buyerCode,
        Money amount,
        Money tax,
        String issueDate)
        implements DocumentFields {

    @Override
    public DocumentType type() {
        return DocumentType.INVOICE;
    }

    @Override
    public String naturalKey() {
        return DocumentType.INVOICE.name() + "|" + invoiceCode + "|" + invoiceNumber;
    }

    @Override
    public String ownerCode() {
        return sellerCode;
    }

    @Override
    public Money faceValue() {
        return amount.plus(tax);
    }

    @Override
    public SortedMap<FieldClass, SortedMap<String, Object>> classValues() {
        SortedMap<FieldClass, SortedMap<String, Object>> values = new TreeMap<>();
        values.put(FieldClass.CHECK_CODE, salted());
        SortedMap<String, Object> parties = salted();
        parties.put("sellerCode", sellerCode);
        parties.put("buyerCode", buyerCode);
        values.put(FieldClass.PARTIES, parties);
        SortedMap<String, Object> amounts = salted();
        amounts.put("amount", amount);
        amounts.put("tax", tax);
        values.put(FieldClass.AMOUNTS, amounts);
        SortedMap<String, Object> dates = salted();
        dates.put("issueDate", issueDate);
        values.put(FieldClass.DATES, dates);
        return values;
    }

    private SortedMap<String, Object> salted() {
        SortedMap<String, Object> value = new TreeMap<>();
        value.put("checkCode", checkCode);
        return value;
    }
}
