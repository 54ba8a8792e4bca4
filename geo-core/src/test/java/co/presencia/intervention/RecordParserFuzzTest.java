package co.presencia.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes one row of an import (issue 13 §4): control-character check, {@link RecordParser} and the
 * {@link MunicipalityJoiner}'s placing by code, by name and by point. Any cells give either an intervention placed in
 * a municipality, or rejections that name the row's line; never an exception.
 */
class RecordParserFuzzTest {

    private static final List<String> HEADER = List.of("id_registro", "id_beneficiario", "anio", "instrumento",
            "cod_municipio", "municipio", "departamento", "longitud", "latitud", "monto_cop", "eje", "tamano_empresa");
    private static final ColumnMapping COLUMNS = ColumnMapping.resolve(HEADER, Map.of());

    @FuzzTest(maxDuration = "30s")
    void anyRowIsAnInterventionOrRejectionsOfItsLine(FuzzedDataProvider data) {
        assertThat(COLUMNS.problems()).isEmpty();
        List<String> cells = new ArrayList<>();
        int count = data.consumeInt(0, HEADER.size() + 2);
        for (int i = 0; i < count; i++) {
            cells.add(data.consumeBoolean() ? null : data.consumeString(40));
        }
        long line = data.consumeLong(1, Integer.MAX_VALUE);
        List<Rejection> controls = ControlCharacters.check(COLUMNS, cells, line, "fuzz.csv");
        RecordParser.Parsed parsed = controls.isEmpty()
                ? new RecordParser(COLUMNS, SharedJoiner.get(), "fuzz.csv").parse(cells, line)
                : new RecordParser.Parsed(null, controls);
        if (parsed.intervention() != null) {
            Intervention i = parsed.intervention();
            assertThat(parsed.rejections()).isEmpty();
            assertThat(i.recordId()).isNotBlank();
            assertThat(i.municipality().value()).matches("[0-9]{5}");
            assertThat(i.sourceLine()).isPositive();
            assertThat(RowHash.of(i)).isEqualTo(RowHash.of(i));
        } else {
            assertThat(parsed.rejections()).isNotEmpty().allSatisfy(r -> {
                assertThat(r.line()).isEqualTo(line);
                assertThat(r.reason()).isNotBlank();
            });
        }
    }
}
