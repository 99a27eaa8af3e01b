package io.tradechain.verification;

import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Money;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Turns a {@link DocumentSubmission} into checked {@link DocumentFields}: formats, amounts,
 * currencies, and that no field of the other document type is present. Field names in refusals
 * carry a prefix such as {@code documents[3].} so a batch caller knows which item is wrong.
 */
final class DocumentInputs {
    /**
     * VAT invoice code: 10 digits (special and ordinary paper invoices) or 12 digits (electronic
     * ordinary).
     */
    static final Pattern INVOICE_CODE = Pattern.compile("[0-9]{10}|[0-9]{12}");

    /** Invoice number: 8 digits, or 20 for fully digital invoices. */
    static final Pattern INVOICE_NUMBER = Pattern.compile("[0-9]{8}|[0-9]{20}");

    static final Pattern CHECK_CODE = Pattern.compile("[0-9]{20}");

    /** Customs declaration number (海关编号): 18 digits. */
    static final Pattern DECLARATION_NUMBER = Pattern.compile("[0-9]{18}");

    private DocumentInputs() {}

    /**
     * Checks a submission.
     *
     * @param prefix prepended to field names in refusals ({@code ""} for a single document)
     * @param implied the type the function implies, or null when the submission must name it
     * @param lastDate when not null, the issue or declaration date may not be after it ({@code
     *     DATE_IN_FUTURE})
     */
    static DocumentFields check(
            DocumentSubmission s, String prefix, DocumentType implied, LocalDate lastDate) {
        if (s == null) {
            throw invalid(prefix + "document", "is required");
        }
        DocumentType type = type(s, prefix, implied);
        return type == DocumentType.INVOICE
                ? invoice(s, prefix, lastDate)
                : declaration(s, prefix, lastDate);
    }

    private static DocumentType type(DocumentSubmission s, String prefix, DocumentType implied) {
        if (s.type() == null) {
            if (implied == null) {
                throw invalid(prefix + "type", "is required (INVOICE or CUSTOMS_DECLARATION)");
            }
            return implied;
        }
        DocumentType named = Args.oneOf(prefix + "type", s.type(), DocumentType.class);
        if (implied != null && named != implied) {
            throw invalid(prefix + "type", "must be " + implied + " here, got " + named);
        }
        return named;
    }

    private static InvoiceFields invoice(DocumentSubmission s, String p, LocalDate lastDate) {
        absent(p, "declarationNumber", s.declarationNumber());
        absent(p, "exporterCode", s.exporterCode());
        absent(p, "declarationDate", s.declarationDate());
        String code =
                Args.matches(p + "invoiceCode", s.invoiceCode(), INVOICE_CODE, "10 or 12 digits");
        String number =
                Args.matches(
                        p + "invoiceNumber", s.invoiceNumber(), INVOICE_NUMBER, "8 or 20 digits");
        String checkCode = Args.matches(p + "checkCode", s.checkCode(), CHECK_CODE, "20 digits");
        String seller = Args.creditCode(p + "sellerCode", s.sellerCode());
        String buyer = Args.creditCode(p + "buyerCode", s.buyerCode());
        if (seller.equals(buyer)) {
            throw invalid(p + "buyerCode", "must differ from sellerCode");
        }
        Money amount = positive(p + "amount", s.amount());
        Money tax = required(p + "tax", s.tax());
        if (tax.isNegative()) {
            throw invalid(p + "tax", "may not be negative");
        }
        if (!tax.currency().equals(amount.currency())) {
            throw BusinessException.of(
                    CommonErrorCode.CURRENCY_MISMATCH,
                    p + "tax is in " + tax.currency() + " but amount is in " + amount.currency(),
                    "field",
                    p + "tax");
        }
        amount.plus(tax); // refuses an overflowing face value now, not at the first lock
        String date = date(p + "issueDate", s.issueDate(), lastDate);
        return new InvoiceFields(code, number, checkCode, seller, buyer, amount, tax, date);
    }

    private static DeclarationFields declaration(
            DocumentSubmission s, String p, LocalDate lastDate) {
        absent(p, "invoiceCode", s.invoiceCode());
        absent(p, "invoiceNumber", s.invoiceNumber());
        absent(p, "checkCode", s.checkCode());
        absent(p, "sellerCode", s.sellerCode());
        absent(p, "buyerCode", s.buyerCode());
        absent(p, "tax", s.tax());
        absent(p, "issueDate", s.issueDate());
        String number =
                Args.matches(
                        p + "declarationNumber",
                        s.declarationNumber(),
                        DECLARATION_NUMBER,
                        "18 digits");
        String exporter = Args.creditCode(p + "exporterCode", s.exporterCode());
        Money amount = positive(p + "amount", s.amount());
        String date = date(p + "declarationDate", s.declarationDate(), lastDate);
        return new DeclarationFields(number, exporter, amount, date);
    }

    private static String date(String field, String value, LocalDate lastDate) {
        String date = Args.isoDate(field, value);
        if (lastDate != null && LocalDate.parse(date).isAfter(lastDate)) {
            throw BusinessException.of(
                    VerificationErrorCode.DATE_IN_FUTURE,
                    field + " " + date + " is after the transaction's date " + lastDate + " (UTC)",
                    "field",
                    field);
        }
        return date;
    }

    private static Money required(String field, Money value) {
        if (value == null) {
            throw invalid(field, "is required ({\"currency\":\"CNY\",\"minorUnits\":...})");
        }
        return value;
    }

    private static Money positive(String field, Money value) {
        return required(field, value).requirePositive(field);
    }

    private static void absent(String prefix, String name, Object value) {
        if (value != null) {
            throw invalid(prefix + name, "does not belong to this document type");
        }
    }

    static BusinessException invalid(String field, String problem) {
        return BusinessException.of(
                CommonErrorCode.INVALID_ARGUMENT, field + " " + problem, "field", field);
    }
}
