package io.tradechain.verification;

import io.tradechain.chaincode.common.Money;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An export customs declaration as customs registers it. It has no check code: its class hashes are
 * unsalted.
 */
public record DeclarationFields(
        String declarationNumber, String exporterCode, Money amount, String declarationDate)
        implements DocumentFields {

    @Override
    public DocumentType type() {
        return DocumentType.CUSTOMS_DECLARATION;
    }

    @Override
    public String naturalKey() {
        return DocumentType.CUSTOMS_DECLARATION.name() + "|" + declarationNumber;
    }

    @Override
    public String ownerCode() {
        return exporterCode;
    }

    @Override
    public Money faceValue() {
        return amount;
    }

    @Override
    public SortedMap<FieldClass, SortedMap<String, Object>> classValues() {
        SortedMap<FieldClass, SortedMap<String, Object>> values = new TreeMap<>();
        values.put(FieldClass.PARTIES, single("exporterCode", exporterCode));
        values.put(FieldClass.AMOUNTS, single("amount", amount));
        values.put(FieldClass.DATES, single("declarationDate", declarationDate));
        return values;
    }

    private static SortedMap<String, Object> single(String name, Object value) {
        SortedMap<String, Object> map = new TreeMap<>();
        map.put(name, value);
        return map;
    }
}
