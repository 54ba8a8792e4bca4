package co.presencia.web.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.coverage.CoverageFigures.MunicipalityRow;
import co.presencia.coverage.Gaps;
import co.presencia.table.Column;
import co.presencia.table.TableDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** Rows of the figure tables as JSON: names and order from the definitions, nested rows included, nulls kept. */
class FigureRowsJsonTest {

    private final JsonMapper mapper = JsonMapper.builder().addModule(new FigureRowsJson()).build();

    @Test
    void aMunicipalRowKeepsTheNamesAndOrderOfTheApi() {
        MunicipalityRow pasto = new MunicipalityRow("52001", "Pasto", "52", "Nariño", 120, 0.06, 131, true, 392_930L, 3.05, 2);
        assertThat(mapper.writeValueAsString(pasto)).isEqualTo("{\"code\":\"52001\",\"name\":\"Pasto\",\"departmentCode\":\"52\","
                + "\"departmentName\":\"Nariño\",\"beneficiaries\":120,\"share\":0.06,\"interventions\":131,\"reached\":true,"
                + "\"population\":392930,\"per10k\":3.05,\"rank\":2}");
        MunicipalityRow unreached = new MunicipalityRow("94663", "Mapiripana", "94", "Guainía", 0, null, 0, false, null, null, 0);
        assertThat(mapper.writeValueAsString(unreached)).contains("\"share\":null").contains("\"population\":null,\"per10k\":null");
    }

    record Sample(String code, Double value) {
    }

    @Test
    void theDefinitionNotTheRecordDecidesTheJson() {
        TableDefinition<Sample> renamed = TableDefinition.of(Sample.class,
                Column.number("amount", "monto", "Monto", "Amount", Sample::value),
                Column.string("id", "id", "Id", "Id", Sample::code));
        JsonMapper withTable = JsonMapper.builder()
                .addModule(new SimpleModule().addSerializer(Sample.class, new FigureRowsJson.RowSerializer<>(renamed))).build();
        assertThat(withTable.writeValueAsString(new Sample("05", 1.5))).isEqualTo("{\"amount\":1.5,\"id\":\"05\"}");
    }

    @Test
    void rowsInsideAGapsReportAreWrittenFromTheirDefinitionsToo() {
        Gaps.Report report = new Gaps.Report("pdet", "PDET", 2023, 1, 16,
                List.of(new Gaps.UnreachedTerritory("8", "Montes de María", 15, 406_265L)),
                List.of(new Gaps.BorderingMunicipality("47189", "Ciénaga", "Magdalena", 132_157L, List.of("47001"))));
        assertThat(mapper.writeValueAsString(report)).isEqualTo("{\"group\":\"pdet\",\"groupName\":\"PDET\",\"year\":2023,"
                + "\"territoriesUnreached\":1,\"territories\":16,"
                + "\"unreachedTerritories\":[{\"id\":\"8\",\"name\":\"Montes de María\",\"municipalities\":15,\"population\":406265}],"
                + "\"borderingReached\":[{\"code\":\"47189\",\"name\":\"Ciénaga\",\"departmentName\":\"Magdalena\","
                + "\"population\":132157,\"reachedNeighbours\":[\"47001\"]}]}");
    }
}
