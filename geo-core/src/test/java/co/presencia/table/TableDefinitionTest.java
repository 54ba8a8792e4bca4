package co.presencia.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableDefinitionTest {

    record Place(String code, String departmentCode, Double per10k, List<String> neighbours) {
    }

    record Placed(Place place, int reportingYear) {
    }

    private static final TableDefinition<Place> PLACES = TableDefinition.of(Place.class,
            Column.<Place>string("code", "cod", "Código", "Code", Place::code).asQueryable(),
            Column.string("departmentCode", "cod_dpto", "Departamento", "Department", Place::departmentCode),
            Column.number("per10k", "por10mil", "Por 10.000", "Per 10,000", Place::per10k),
            Column.strings("neighbours", "vecinos", "Vecinos", "Neighbours", Place::neighbours));

    @Test
    void snakeNamesAreDerivedFromTheCamelCaseNames() {
        assertThat(PLACES.columns()).extracting(Column::snakeName).containsExactly("code", "department_code", "per10k", "neighbours");
    }

    @Test
    void valuesKeepColumnOrderAndFlatValuesJoinLists() {
        Place p = new Place("05001", "05", null, List.of("05002", "05004"));
        assertThat(PLACES.values(p)).containsExactly(java.util.Map.entry("code", "05001"), java.util.Map.entry("departmentCode", "05"),
                new java.util.AbstractMap.SimpleEntry<>("per10k", null), java.util.Map.entry("neighbours", List.of("05002", "05004")));
        assertThat(PLACES.columns().get(3).flatValueOf(p)).isEqualTo("05002 05004");
        assertThat(PLACES.columns().get(1).title(true)).isEqualTo("Departamento");
    }

    @Test
    void aTableOverLargerRowsKeepsTheColumnsAndAddsItsOwn() {
        TableDefinition<Placed> placed = PLACES.over(Placed.class, Placed::place,
                Column.integer("reportingYear", "anio_rep", "Año", "Year", Placed::reportingYear));
        assertThat(placed.names()).containsExactly("code", "departmentCode", "per10k", "neighbours", "reportingYear");
        assertThat(placed.values(new Placed(new Place("05001", "05", 1.5, List.of()), 2023))).containsEntry("code", "05001")
                .containsEntry("reportingYear", 2023);
        assertThat(placed.column("code")).hasValueSatisfying(c -> assertThat(c.queryable()).isTrue());
    }

    @Test
    void namesMustBeUniqueInEveryForm() {
        assertThatThrownBy(() -> TableDefinition.of(Place.class,
                Column.string("code", "cod", "a", "a", Place::code),
                Column.string("departmentCode", "COD", "b", "b", Place::departmentCode)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("short names");
        assertThatThrownBy(() -> Column.string("department_code", "cod", "a", "a", Place::code))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("camelCase");
        assertThatThrownBy(() -> Column.string("code", "codigo_muy_largo", "a", "a", Place::code))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1-10");
        assertThatThrownBy(() -> Column.string("code", "cod", "", "a", Place::code))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
    }
}
