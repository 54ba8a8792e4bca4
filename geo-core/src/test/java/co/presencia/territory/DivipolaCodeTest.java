package co.presencia.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DivipolaCodeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "05001, 05001",
            "5001, 05001",
            "' 5001 ', 05001",
            "5001.0, 05001",
            "11001, 11001",
            "94663, 94663"})
    void parsesAndRepairsLostLeadingZero(String raw, String expected) {
        DivipolaCode code = DivipolaCode.parse(raw);
        assertThat(code.value()).isEqualTo(expected);
        assertThat(code.departmentCode()).isEqualTo(expected.substring(0, 2));
    }

    @ParameterizedTest(name = "rejects ''{0}''")
    @ValueSource(strings = {"", "   ", "501", "050011", "05 001", "0500A", "Medellín", "-5001", "00123"})
    void rejectsMalformedWithTheValueInTheMessage(String raw) {
        assertThatThrownBy(() -> DivipolaCode.parse(raw))
                .isInstanceOf(InvalidDivipolaCodeException.class)
                .hasMessageContaining("'" + raw + "'");
    }

    @ParameterizedTest(name = "constructor rejects ''{0}''")
    @ValueSource(strings = {"5001", "ABCDE", "123456"})
    void constructorDoesNotRepair(String raw) {
        assertThatThrownBy(() -> new DivipolaCode(raw)).isInstanceOf(InvalidDivipolaCodeException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"5", "05"})
    void departmentCodeRepairsToo(String raw) {
        assertThat(DepartmentCode.parse(raw).value()).isEqualTo("05");
    }
}
