package co.presencia.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Año|year", "AÑO|year", "anio|year", "Vigencia|year", "Código DANE|municipality_code", "cod_municipio|municipality_code",
        "DIVIPOLA|municipality_code", "Cod. Municipio|municipality_code", "MPIO_CCNCT|municipality_code",
        "Tamaño Empresa|company_size", "tamano_empresa|company_size", "Longitud|longitude", "lon|longitude",
        "LATITUD|latitude", "ID Registro|record_id", "id_beneficiario|beneficiary_id", "NIT|beneficiary_id",
        "Instrumento|program", "Eje|axis", "Departamento|department_name", "Municipio|municipality_name",
        "Enfoque diferencial|focus", "Estado|status", "Monto COP|amount_cop", "Fecha|date"})
    void headerAliasesInSpanishAndEnglish(String header, String field) {
        assertThat(SourceField.ofHeader(header)).map(SourceField::id).contains(field);
    }

    @Test
    void requiredColumnsAndLocationAreChecked() {
        ColumnMapping wrong = ColumnMapping.resolve(List.of("nombre empresa", "ciudad natal", "valor total"), Map.of());
        assertThat(wrong.problems()).anySatisfy(p -> assertThat(p).contains("record_id"))
                .anySatisfy(p -> assertThat(p).contains("beneficiary_id"))
                .anySatisfy(p -> assertThat(p).contains("año"))
                .anySatisfy(p -> assertThat(p).contains("ubicación"));
        assertThat(wrong.ignored()).containsExactly("nombre empresa", "ciudad natal", "valor total");

        ColumnMapping lonOnly = ColumnMapping.resolve(List.of("id", "nit", "anio", "programa", "lon"), Map.of());
        assertThat(lonOnly.problems()).anySatisfy(p -> assertThat(p).contains("latitud"));

        ColumnMapping twice = ColumnMapping.resolve(List.of("id", "nit", "anio", "programa", "divipola", "codigo_dane"), Map.of());
        assertThat(twice.problems()).anySatisfy(p -> assertThat(p).contains("Dos columnas").contains("divipola").contains("codigo_dane"));
    }

    @Test
    void anExplicitMappingWinsOverAliases() {
        Map<SourceField, String> explicit = ColumnMapping.parseExplicit("record_id=Consecutivo, municipality_code = Código");
        ColumnMapping mapping = ColumnMapping.resolve(List.of("Consecutivo", "id", "NIT", "Año", "Programa", "codigo"), explicit);
        assertThat(mapping.problems()).isEmpty();
        assertThat(mapping.column(SourceField.RECORD_ID)).isZero();
        assertThat(mapping.column(SourceField.MUNICIPALITY_CODE)).isEqualTo(5);
        assertThat(mapping.ignored()).containsExactly("id");
        assertThatThrownBy(() -> ColumnMapping.parseExplicit("colour=Color")).hasMessageContaining("colour");
        assertThat(ColumnMapping.resolve(List.of("a"), Map.of(SourceField.RECORD_ID, "no-existe")).problems())
                .anySatisfy(p -> assertThat(p).contains("no-existe"));
    }
}
