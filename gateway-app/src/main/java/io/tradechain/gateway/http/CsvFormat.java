package io.tradechain.gateway.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The gateway's one CSV dialect (RFC 4180: comma, double quotes, CRLF), read and written by
 * jackson-dataformat-csv rather than by hand. Exports write a header line and one line per row;
 * uploads are read line by line so that an error can name its line.
 */
public final class CsvFormat {
    private static final CsvMapper MAPPER = new CsvMapper();
    private static final ObjectWriter WRITER =
            MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\r\n"))
                    // quote only cells that need it, however long (ids are 64 characters)
                    .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
    private static final ObjectReader LINE_READER =
            MAPPER.readerFor(String[].class)
                    .with(CsvParser.Feature.WRAP_AS_ARRAY)
                    .with(CsvParser.Feature.TRIM_SPACES)
                    .with(CsvSchema.emptySchema());

    private CsvFormat() {}

    /** A header line and one line per row; a null cell (or the text "null") is empty. */
    public static String write(List<String> header, List<List<String>> rows) {
        List<List<String>> lines = new ArrayList<>(rows.size() + 1);
        lines.add(header);
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>(row.size());
            for (String cell : row) {
                cells.add(cell == null || "null".equals(cell) ? "" : cell);
            }
            lines.add(cells);
        }
        try {
            return WRITER.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cells of one line of an upload, spaces around each cell trimmed and quotes removed (a
     * quoted cell may hold a comma).
     *
     * @throws IOException when the line cannot be read as CSV
     */
    public static String[] cells(String line) throws IOException {
        try (MappingIterator<String[]> rows = LINE_READER.readValues(line)) {
            return rows.hasNext() ? rows.next() : new String[] {""};
        }
    }
}
