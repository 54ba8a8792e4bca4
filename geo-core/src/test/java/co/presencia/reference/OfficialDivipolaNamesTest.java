package co.presencia.reference;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.intervention.MunicipalityJoiner;
import co.presencia.intervention.Placement;
import co.presencia.testing.ReferenceData;
import co.presencia.territory.DivipolaCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * DIVIPOLA March 2024 as the territory states it: every official name, written with its official department name
 * as DIVIPOLA writes it, places a row on its own code, for the reporting year in which the unit is in force.
 */
class OfficialDivipolaNamesTest {

    private static final SortedMap<DivipolaCode, DivipolaTable.Unit> DIVIPOLA = DivipolaTable.read(ReferenceData.files().divipola());
    private static final MunicipalityJoiner JOINER = new MunicipalityJoiner(ReferenceData.catalog());

    @Test
    void theTableHasEveryUnitOfMarch2024() {
        assertThat(DIVIPOLA).hasSize(1122);
        Map<String, Long> types = DIVIPOLA.values().stream().collect(Collectors.groupingBy(DivipolaTable.Unit::type, Collectors.counting()));
        assertThat(types).containsEntry("Municipio", 1103L).containsEntry("Área no municipalizada", 18L).containsEntry("Isla", 1L);
        assertThat(DIVIPOLA).containsKey(new DivipolaCode("27493")).doesNotContainKey(new DivipolaCode("94663"));
        assertThat(DIVIPOLA.get(new DivipolaCode("27493")).name()).as("footnote mark removed").isEqualTo("NUEVO BELÉN DE BAJIRÁ");
        assertThat(DIVIPOLA.get(new DivipolaCode("88001")).departmentName())
                .isEqualTo("ARCHIPIÉLAGO DE SAN ANDRÉS, PROVIDENCIA Y SANTA CATALINA");
    }

    @Test
    void everyOfficialNameWithItsOfficialDepartmentPlacesToItsOwnCode() {
        List<String> failures = new ArrayList<>();
        for (DivipolaTable.Unit unit : DIVIPOLA.values()) {
            MunicipalityJoiner.Result result = JOINER.join(2024, null, unit.name(), unit.departmentName(), null, null);
            if (result.placed() == null || !result.placed().code().equals(unit.code())
                    || result.placed().placement() != Placement.NAME) {
                failures.add(unit.code() + " " + unit.name() + " (" + unit.departmentName() + "): " + result);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theNamesUsedBeforeStillPlaceAndOldYearsResolveToTheUnitThenInForce() {
        assertThat(code(2023, "Tolú Viejo", "Sucre")).isEqualTo("70823");
        assertThat(code(2023, "San Andrés Sotavento", "Córdoba")).isEqualTo("23670");
        assertThat(code(2023, "Chibolo", "Magdalena")).isEqualTo("47170");
        assertThat(code(2023, "Cali", "Valle del Cauca")).isEqualTo("76001");
        assertThat(code(2023, "Mompós", "Bolívar")).isEqualTo("13468");
        assertThat(code(2024, "NUEVO BELÉN DE BAJIRÁ", "CHOCÓ")).isEqualTo("27493");
        assertThat(code(2023, "NUEVO BELÉN DE BAJIRÁ", "CHOCÓ")).as("before 2024 its territory is Riosucio's").isEqualTo("27615");
        assertThat(JOINER.join(2024, "27493", null, null, null, null).placed().code().value()).isEqualTo("27493");
        assertThat(JOINER.join(2023, "27493", null, null, null, null).placed().code().value()).isEqualTo("27615");
    }

    private static String code(int year, String municipality, String department) {
        MunicipalityJoiner.Result result = JOINER.join(year, null, municipality, department, null, null);
        return result.placed() == null ? null : result.placed().code().value();
    }
}
