package co.presencia.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one CSV writer: RFC 4180 quoting, a byte-order mark, the two dialects, and the one formula-injection rule
 * (the cases of the former table-download and rejects-report writers, which had two different rules).
 */
class CsvWriterTest {

    private static String write(CsvWriter.Dialect dialect, List<?>... rows) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.open(out, dialect)) {
            Arrays.stream(rows).forEach(csv::row);
        }
        return out.toString();
    }

    private static String cell(Object value, CsvWriter.Dialect dialect) {
        String text = write(dialect, Arrays.asList("a", value));
        assertThat(text).startsWith("\uFEFFa" + (dialect == CsvWriter.Dialect.COMMA ? ',' : ';')).endsWith("\r\n");
        return text.substring(3, text.length() - 2);
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("plain", "plain"),
                Arguments.of("Nariño", "Nariño"),
                Arguments.of("a,b", "\"a,b\""),
                Arguments.of("di \"x\"", "\"di \"\"x\"\"\""),
                Arguments.of("línea\nnueva", "\"línea\nnueva\""),
                Arguments.of("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
                Arguments.of("+57 300", "'+57 300"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("-2+3", "'-2+3"),
                Arguments.of("\tcmd", "'\tcmd"),
                Arguments.of("-75.5636", "-75.5636"),
                Arguments.of("-78.0, 12.0", "\"-78.0, 12.0\""));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("texts")
    void textIsQuotedWhereNeededAndFormulasAreDisarmed(String value, String expected) {
        assertThat(cell(value, CsvWriter.Dialect.COMMA)).isEqualTo(expected);
    }

    @Test
    void numbersAreDataNeverNeutralisedAndUseTheDialectsDecimalSeparator() {
        assertThat(cell(-3.5, CsvWriter.Dialect.SEMICOLON_DECIMAL_COMMA)).isEqualTo("-3,5");
        assertThat(cell(-3.5, CsvWriter.Dialect.COMMA)).isEqualTo("-3.5");
        assertThat(cell(0.123456789, CsvWriter.Dialect.COMMA)).isEqualTo("0.123457");
        assertThat(cell(2.0, CsvWriter.Dialect.COMMA)).isEqualTo("2");
        assertThat(cell(-12, CsvWriter.Dialect.COMMA)).isEqualTo("-12");
        assertThat(cell(7_907_281L, CsvWriter.Dialect.SEMICOLON_DECIMAL_COMMA)).isEqualTo("7907281");
        assertThat(cell(true, CsvWriter.Dialect.COMMA)).isEqualTo("true");
        assertThat(cell(null, CsvWriter.Dialect.COMMA)).isEmpty();
        assertThat(cell(List.of("05001", "05002"), CsvWriter.Dialect.COMMA)).isEqualTo("05001 05002");
    }

    @Test
    void theSemicolonDialectQuotesSemicolonsNotCommas() {
        assertThat(cell("Bogotá, D.C.", CsvWriter.Dialect.SEMICOLON_DECIMAL_COMMA)).isEqualTo("Bogotá, D.C.");
        assertThat(cell("a;b", CsvWriter.Dialect.SEMICOLON_DECIMAL_COMMA)).isEqualTo("\"a;b\"");
    }

    @Test
    void aParserReadsBackWhatWasWritten() throws Exception {
        String text = write(CsvWriter.Dialect.COMMA, List.of("code", "name"), Arrays.asList("11001", "Bogotá, \"D.C.\"\r\nx"));
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(1)).isEqualTo("Bogotá, \"D.C.\"\r\nx");
    }
}
