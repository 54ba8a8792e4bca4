package co.presencia.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordParserTest {

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = {
        "1234567|1234567.00", "1234567.89|1234567.89", "1.234.567|1234567.00", "1.234.567,89|1234567.89",
        "$ 1,234,567.89|1234567.89", "COP 1 234 567|1234567.00", "45.000.000|45000000.00", "1,5|1.50", "1.5|1.50",
        "-2.000|-2000.00", "12,345|12345.00"})
    void amountsInPesosAsPlannersWriteThem(String text, String expected) {
        assertThat(RecordParser.parseAmount(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "''{0}'' is not an amount")
    @CsvSource({"abc", "1.23.4", "'1,2,3'", "COP", "12e5", "1234567890123456789012"})
    void notAmounts(String text) {
        assertThat(RecordParser.parseAmount(text)).isNull();
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = {"-75.5636|-75.5636", "-75,5636|-75.5636", " 6.25 |6.25"})
    void degreesAcceptADecimalComma(String text, double expected) {
        assertThat(MunicipalityJoiner.parseDegrees(text)).isEqualTo(expected);
    }
}
