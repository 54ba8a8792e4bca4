package co.presencia.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names and aliases as planners write them (DOMAIN.md §2), against the real catalog. */
class MunicipalityJoinerTest {

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(delimiter = '|', value = {
        "Bogotá, D.C.|Bogotá, D.C.|11001", "Bogota|Bogota|11001", "BOGOTÁ D.C.||11001", "Bogotá|Cundinamarca|",
        "Cartagena de Indias|Bolívar|13001", "Cartagena|Bolivar|13001", "San Andrés de Tumaco|Nariño|52835",
        "Tumaco|NARIÑO|52835", "Santa Cruz de Mompox|Bolívar|13468", "Mompós|Bolívar|13468", "Cúcuta|Norte de Santander|54001",
        "Cali|Valle|76001", "Santiago de Cali|Valle del Cauca|76001", "Medellín|Antioquia|05001", "medellin|ANTIOQUIA|05001",
        "  El   Peñol |Nariño|52254", "Peñol|Antioquia|05541", "San Andrés|San Andrés|88001", "Providencia|San Andrés y Providencia|88564",
        "Barrancominas|Guainía|94343", "Mapiripana|Guainía|94343"})
    void namesAndAliases(String municipality, String department, String expected) {
        MunicipalityJoiner.Result result = SharedJoiner.get().join(2023, null, municipality, department, null, null);
        if (expected == null) {
            assertThat(result.unplaced()).as("Bogotá is not in Cundinamarca").isNotNull();
        } else {
            assertThat(result.placed()).as(String.valueOf(result.unplaced())).isNotNull();
            assertThat(result.placed().code().value()).isEqualTo(expected);
            assertThat(result.placed().placement()).isEqualTo(Placement.NAME);
        }
    }

    @ParameterizedTest(name = "code {0} in {1} → {2} ({3})")
    @CsvSource({"5001,2023,05001,CODE_REPAIRED", "05001,2023,05001,CODE", "05001.0,2023,05001,CODE", "94663,2018,94663,CODE",
        "94663,2023,94343,CODE", "8001,2023,08001,CODE_REPAIRED"})
    void codesRepairedAndResolvedForTheYear(String code, int year, String expected, Placement placement) {
        MunicipalityJoiner.Result result = SharedJoiner.get().join(year, code, null, null, null, null);
        assertThat(result.placed()).as(String.valueOf(result.unplaced())).isNotNull();
        assertThat(result.placed().code().value()).isEqualTo(expected);
        assertThat(result.placed().placement()).isEqualTo(placement);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {"005001|5 dígitos", "ABCDE|inválido", "99999|desconocido", "11|inválido"})
    void badCodesAreRejectedNotPassedOver(String code, String reason) {
        MunicipalityJoiner.Result result = SharedJoiner.get().join(2023, code, "Medellín", "Antioquia", null, null);
        assertThat(result.placed()).isNull();
        assertThat(result.unplaced().field()).isEqualTo(SourceField.MUNICIPALITY_CODE);
        assertThat(result.unplaced().reason()).containsIgnoringCase(reason);
    }
}
