package co.presencia.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.error.InvalidParameterException;
import co.presencia.intervention.Axis;
import co.presencia.intervention.CompanySize;
import co.presencia.territory.DepartmentCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one parser of coverage filters: lists, repairs, and an error that names the parameter at fault. */
class CoverageFilterParserTest {

    @Test
    void readsListsRepeatedOrCommaSeparated() {
        CoverageFilter filter = CoverageFilterParser.parse(Map.of(
                "year", List.of("2022,2023"), "axis", List.of("calidad", "Productividad"),
                "size", List.of("micro, pequena"), "department", List.of("5", "52"),
                "program", List.of("Fábricas de Productividad y Sostenibilidad", "Un programa, con coma")));
        assertThat(filter.years()).containsExactly(2022, 2023);
        assertThat(filter.axes()).containsExactlyInAnyOrder(Axis.CALIDAD, Axis.PRODUCTIVIDAD);
        assertThat(filter.sizes()).containsExactlyInAnyOrder(CompanySize.MICRO, CompanySize.PEQUENA);
        assertThat(filter.departments()).containsExactlyInAnyOrder(new DepartmentCode("05"), new DepartmentCode("52"));
        assertThat(filter.programs()).containsExactlyInAnyOrder("Fábricas de Productividad y Sostenibilidad", "Un programa, con coma");
        assertThat(filter.reportingYear(2020)).isEqualTo(2023);
    }

    @Test
    void nothingSelectsEverything() {
        assertThat(CoverageFilterParser.parse(Map.of())).isEqualTo(CoverageFilter.ALL);
        assertThat(CoverageFilterParser.parse(Map.of("year", List.of(" ", ""))).years()).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"year,20x3", "year,1999", "year,2101", "axis,quality2", "size,enorme", "department,5a", "department,00"})
    void aBadValueNamesItsParameter(String parameter, String value) {
        assertThatThrownBy(() -> CoverageFilterParser.parse(Map.of(parameter, List.of(value))))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo(parameter))
                .hasMessageContaining(value.strip());
    }
}
