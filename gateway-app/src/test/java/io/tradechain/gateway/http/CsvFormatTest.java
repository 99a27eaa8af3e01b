package io.tradechain.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvFormatTest {

    @Test
    void writesAHeaderAndRowsWithCrlfAndEmptyNulls() {
        String csv =
                CsvFormat.write(
                        List.of("id", "amount"),
                        List.of(Arrays.asList("a", "100"), Arrays.asList(null, "null")));
        assertThat(csv).isEqualTo("id,amount\r\na,100\r\n,\r\n");
    }

    @Test
    void aLongCellIsQuotedOnlyWhenItNeedsIt() {
        String id = "06537f09e487ac8649b44575ead3f2c13722307df002f83271fff297e62a8e4f";
        assertThat(CsvFormat.write(List.of("id"), List.of(List.of(id))))
                .isEqualTo("id\r\n" + id + "\r\n");
    }

    /** Every cell a writer quotes comes back unchanged, whatever it holds. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "plain",
                "with,comma",
                "with \"quotes\"",
                "line\nbreak",
                "carriage\r\nreturn",
                "上海某某有限公司",
                "\"",
                ",,,"
            })
    void aWrittenCellReadsBackAsItWas(String cell) throws IOException {
        String csv = CsvFormat.write(List.of("h"), List.of(List.of(cell, "next")));
        String line = csv.substring(csv.indexOf("\r\n") + 2, csv.length() - 2);
        if (!cell.contains("\n")) {
            assertThat(CsvFormat.cells(line)).containsExactly(cell.strip(), "next");
        }
        assertThat(csv).endsWith(",next\r\n");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"a,b,c|3", "a,,c|3", "' a , b '|2", "'\"x,y\",z'|2", "''|1"})
    void readsTheCellsOfALine(String line, int count) throws IOException {
        assertThat(CsvFormat.cells(line)).hasSize(count);
    }

    @Test
    void aQuotedCellMayHoldACommaAndSpacesAroundCellsAreTrimmed() throws IOException {
        assertThat(CsvFormat.cells(" INVOICE , \"Suzhou, Jiangsu\" ,12.50"))
                .containsExactly("INVOICE", "Suzhou, Jiangsu", "12.50");
    }
}
