package io.tradechain.gateway.verification;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Currencies;
import io.tradechain.gateway.error.ApiException;
import io.tradechain.gateway.http.CsvFormat;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a batch of documents from CSV: a header line naming the columns (any order, unknown names
 * refused), then one document per line. Amounts are decimal numbers in the currency's major unit
 * ({@code 8849557.52}) with at most the currency's number of decimals, converted exactly to minor
 * units. Empty cells are absent fields. Cells are read as RFC 4180 CSV ({@link CsvFormat}): a
 * quoted cell may hold a comma.
 */
final class VerificationCsv {
    static final Set<String> COLUMNS =
            Set.of(
                    "type",
                    "invoiceCode",
                    "invoiceNumber",
                    "checkCode",
                    "sellerCode",
                    "buyerCode",
                    "currency",
                    "amount",
                    "tax",
                    "issueDate",
                    "declarationNumber",
                    "exporterCode",
                    "declarationDate");
    private static final int MAX_ROWS = 500;

    private VerificationCsv() {}

    static List<DocumentBody> parse(String text) {
        String body = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = body.lines().map(String::strip).toList();
        int headerLine = 0;
        while (headerLine < lines.size() && lines.get(headerLine).isEmpty()) {
            headerLine++;
        }
        if (headerLine == lines.size()) {
            throw invalid(
                    "the CSV is empty; the first line names the columns, e.g. "
                            + String.join(
                                    ",",
                                    List.of(
                                            "type",
                                            "invoiceCode",
                                            "invoiceNumber",
                                            "checkCode",
                                            "sellerCode",
                                            "buyerCode",
                                            "currency",
                                            "amount",
                                            "tax",
                                            "issueDate")),
                    1,
                    null);
        }
        String[] header = cells(lines.get(headerLine), headerLine + 1);
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                throw invalid(
                        "unknown column '"
                                + column
                                + "'; known columns: "
                                + String.join(", ", COLUMNS.stream().sorted().toList()),
                        headerLine + 1,
                        column);
            }
        }
        List<DocumentBody> documents = new ArrayList<>();
        for (int i = headerLine + 1; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            if (documents.size() == MAX_ROWS) {
                throw new ApiException(
                        400,
                        "BATCH_TOO_LARGE",
                        "more than " + MAX_ROWS + " documents in one " + "verification",
                        Map.of("limit", Integer.toString(MAX_ROWS)));
            }
            documents.add(row(header, cells(lines.get(i), i + 1), i + 1));
        }
        if (documents.isEmpty()) {
            throw invalid("the CSV has a header but no document", headerLine + 1, null);
        }
        return documents;
    }

    private static DocumentBody row(String[] header, String[] cells, int line) {
        if (cells.length > header.length) {
            throw invalid(
                    "line has " + cells.length + " cells but the header names " + header.length,
                    line,
                    null);
        }
        Map<String, String> values = new HashMap<>();
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                values.put(header[c], cells[c]);
            }
        }
        String currency = values.get("currency");
        return new DocumentBody(
                values.get("type"),
                values.get("invoiceCode"),
                values.get("invoiceNumber"),
                values.get("checkCode"),
                values.get("sellerCode"),
                values.get("buyerCode"),
                money(currency, values.get("amount"), "amount", line),
                money(currency, values.get("tax"), "tax", line),
                values.get("issueDate"),
                values.get("declarationNumber"),
                values.get("exporterCode"),
                values.get("declarationDate"));
    }

    private static MoneyBody money(String currency, String decimal, String column, int line) {
        if (decimal == null) {
            return null;
        }
        if (currency == null) {
            throw invalid(column + " needs a currency column", line, "currency");
        }
        int digits;
        try {
            digits = Currencies.minorDigits(currency);
        } catch (BusinessException e) {
            throw invalid("currency '" + currency + "' is not supported", line, "currency");
        }
        try {
            BigDecimal amount = new BigDecimal(decimal);
            if (amount.scale() > digits) {
                throw invalid(
                        column
                                + " "
                                + decimal
                                + " has more than "
                                + digits
                                + " decimals for "
                                + currency,
                        line,
                        column);
            }
            return new MoneyBody(currency, amount.movePointRight(digits).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw invalid(
                    column + " '" + decimal + "' is not a decimal amount such as 8849557.52",
                    line,
                    column);
        }
    }

    private static String[] cells(String line, int number) {
        try {
            return CsvFormat.cells(line);
        } catch (IOException e) {
            throw invalid("not a CSV line (an unclosed quote?)", number, null);
        }
    }

    private static ApiException invalid(String message, int line, String column) {
        Map<String, String> details = new HashMap<>();
        details.put("line", Integer.toString(line));
        if (column != null) {
            details.put("column", column);
        }
        return ApiException.badRequest("INVALID_CSV", "CSV line " + line + ": " + message, details);
    }
}
