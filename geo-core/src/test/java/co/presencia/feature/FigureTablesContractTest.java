package co.presencia.feature;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.coverage.FigureTables;
import co.presencia.table.Column;
import co.presencia.table.TableDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published shape of the figure tables, the contract GIS users' scripts and spreadsheets rely on: JSON names
 * (coverage API), snake_case names (OGC properties, GeoPackage columns) and DBF names (Shapefile fields) as they
 * were when each was still written by hand. Renaming one is a breaking change, to be made on purpose.
 */
class FigureTablesContractTest {

    private static List<String> names(TableDefinition<?> table) {
        return table.columns().stream().map(Column::name).toList();
    }

    @Test
    void jsonNamesOfTheCoverageApiTables() {
        assertThat(names(FigureTables.DEPARTMENTS)).containsExactly("code", "name", "beneficiaries", "share", "interventions",
                "municipalitiesReached", "municipalities", "population");
        assertThat(names(FigureTables.MUNICIPALITIES)).containsExactly("code", "name", "departmentCode", "departmentName",
                "beneficiaries", "share", "interventions", "reached", "population", "per10k", "rank");
        assertThat(names(FigureTables.GROUP_TERRITORIES)).containsExactly("id", "name", "reached", "municipalitiesReached",
                "municipalities", "beneficiaries", "interventions", "interventionShare", "population");
        assertThat(names(FigureTables.UNREACHED_TERRITORIES)).containsExactly("id", "name", "municipalities", "population");
        assertThat(names(FigureTables.BORDERING_MUNICIPALITIES)).containsExactly("code", "name", "departmentName", "population",
                "reachedNeighbours");
    }

    @Test
    void municipalCoverageFeatureSchema() {
        List<PropertyDefinition> properties = TableFeatures.properties(CoverageFeatureTables.MUNICIPAL);
        assertThat(properties).extracting(PropertyDefinition::name).containsExactly("code", "name", "department_code",
                "department_name", "beneficiaries", "share", "interventions", "reached", "population", "per10k", "rank", "pdet",
                "zomac", "reporting_year", "dataset", "synthetic");
        assertThat(properties).extracting(PropertyDefinition::shortName).containsExactly("cod_mpio", "nombre", "cod_dpto",
                "nom_dpto", "benefic", "particip", "interv", "alcanzado", "poblacion", "por10mil", "puesto", "pdet", "zomac",
                "anio_rep", "conjunto", "sintetico");
        assertThat(properties).filteredOn(PropertyDefinition::queryable).extracting(PropertyDefinition::name)
                .containsExactly("code", "name", "department_code", "department_name", "reached", "pdet", "zomac");
        assertThat(properties).extracting(PropertyDefinition::type).containsExactly(PropertyType.STRING, PropertyType.STRING,
                PropertyType.STRING, PropertyType.STRING, PropertyType.INTEGER, PropertyType.NUMBER, PropertyType.INTEGER,
                PropertyType.BOOLEAN, PropertyType.INTEGER, PropertyType.NUMBER, PropertyType.INTEGER, PropertyType.BOOLEAN,
                PropertyType.BOOLEAN, PropertyType.INTEGER, PropertyType.STRING, PropertyType.BOOLEAN);
    }

    @Test
    void departmentCoverageFeatureSchema() {
        List<PropertyDefinition> properties = TableFeatures.properties(CoverageFeatureTables.DEPARTMENT);
        assertThat(properties).extracting(PropertyDefinition::name).containsExactly("code", "name", "beneficiaries", "share",
                "interventions", "municipalities_reached", "municipalities", "population", "reporting_year", "dataset", "synthetic");
        assertThat(properties).extracting(PropertyDefinition::shortName).containsExactly("cod_dpto", "nombre", "benefic",
                "particip", "interv", "mpios_alc", "municipios", "poblacion", "anio_rep", "conjunto", "sintetico");
        assertThat(properties).filteredOn(PropertyDefinition::queryable).extracting(PropertyDefinition::name)
                .containsExactly("code", "name");
    }

    @Test
    void aRowBecomesAFeatureWithFlatSnakeCaseProperties() {
        var row = new co.presencia.coverage.Gaps.BorderingMunicipality("47189", "Ciénaga", "Magdalena", 132157L,
                List.of("47001", "47053"));
        Feature f = TableFeatures.feature(FigureTables.BORDERING_MUNICIPALITIES, row, row.code(), null);
        assertThat(f.properties()).containsExactly(java.util.Map.entry("code", "47189"), java.util.Map.entry("name", "Ciénaga"),
                java.util.Map.entry("department_name", "Magdalena"), java.util.Map.entry("population", 132157L),
                java.util.Map.entry("reached_neighbours", "47001 47053"));
    }
}
