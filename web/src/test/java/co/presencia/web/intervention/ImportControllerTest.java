package co.presencia.web.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cells of rejects.csv: RFC 4180 quoting, and no spreadsheet formula smuggled in through a rejected value. */
class ImportControllerTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("plain", "plain"),
                Arguments.of("a,b", "\"a,b\""),
                Arguments.of("di \"x\"", "\"di \"\"x\"\"\""),
                Arguments.of("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
                Arguments.of("+57 300", "'+57 300"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("-75.5636", "-75.5636"),
                Arguments.of("-78.0, 12.0", "\"-78.0, 12.0\""),
                Arguments.of("línea\nnueva", "\"línea\nnueva\""));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("cells")
    void cellsAreQuotedAndFormulasDisarmed(String value, String expected) {
        assertThat(ImportController.cell(value)).isEqualTo(expected);
    }
}
