package co.presencia.coverage;

import co.presencia.coverage.CoverageFigures.DepartmentRow;
import co.presencia.coverage.CoverageFigures.MunicipalityRow;
import co.presencia.coverage.CoverageFigures.TerritoryRow;
import co.presencia.coverage.Gaps.BorderingMunicipality;
import co.presencia.coverage.Gaps.UnreachedTerritory;
import co.presencia.table.Column;
import co.presencia.table.TableDefinition;
import java.util.List;
import java.util.function.Function;

/**
 * The shape of every table of figures, one definition each: the JSON API writes its rows, the OGC collections
 * their feature properties and Shapefile/GeoPackage fields, the downloads their CSV and XLSX columns, all from
 * these definitions (DOMAIN.md §3 says what each figure means).
 */
public final class FigureTables {

    /** Beneficiaries by department ({@code /api/v1/coverage/departments}, {@code department-coverage}). */
    public static final TableDefinition<DepartmentRow> DEPARTMENTS = TableDefinition.of(DepartmentRow.class,
            Column.<DepartmentRow>string("code", "cod_dpto", "Código del departamento (2 dígitos)", "Department code (2 digits)",
                    DepartmentRow::code).asQueryable(),
            Column.<DepartmentRow>string("name", "nombre", "Nombre", "Name", DepartmentRow::name).asQueryable(),
            beneficiaries(DepartmentRow::beneficiaries),
            share(DepartmentRow::share),
            interventions(DepartmentRow::interventions),
            Column.integer("municipalitiesReached", "mpios_alc", "Municipios alcanzados", "Municipalities reached",
                    DepartmentRow::municipalitiesReached),
            Column.integer("municipalities", "municipios", "Municipios y áreas vigentes", "Municipalities and areas in force",
                    DepartmentRow::municipalities),
            population(DepartmentRow::population));

    /** Beneficiaries by municipality ({@code /api/v1/coverage/municipalities}, {@code municipal-coverage}). */
    public static final TableDefinition<MunicipalityRow> MUNICIPALITIES = TableDefinition.of(MunicipalityRow.class,
            Column.<MunicipalityRow>string("code", "cod_mpio", "Código DIVIPOLA (5 dígitos)", "DIVIPOLA code (5 digits)",
                    MunicipalityRow::code).asQueryable(),
            Column.<MunicipalityRow>string("name", "nombre", "Nombre (DANE)", "Name (DANE)", MunicipalityRow::name).asQueryable(),
            Column.<MunicipalityRow>string("departmentCode", "cod_dpto", "Código del departamento", "Department code",
                    MunicipalityRow::departmentCode).asQueryable(),
            Column.<MunicipalityRow>string("departmentName", "nom_dpto", "Departamento", "Department",
                    MunicipalityRow::departmentName).asQueryable(),
            beneficiaries(MunicipalityRow::beneficiaries),
            share(MunicipalityRow::share),
            interventions(MunicipalityRow::interventions),
            Column.<MunicipalityRow>bool("reached", "alcanzado", "Alcanzado (≥ 1 beneficiario)", "Reached (≥ 1 beneficiary)",
                    MunicipalityRow::reached).asQueryable(),
            population(MunicipalityRow::population),
            Column.number("per10k", "por10mil", "Beneficiarios por 10.000 habitantes", "Beneficiaries per 10,000 inhabitants",
                    MunicipalityRow::per10k),
            Column.integer("rank", "puesto", "Puesto por beneficiarios (1 = más; 0 = no alcanzado)",
                    "Rank by beneficiaries (1 = most; 0 = not reached)", MunicipalityRow::rank));

    /** The territories of a group ({@code /api/v1/coverage/groups/{group}}). */
    public static final TableDefinition<TerritoryRow> GROUP_TERRITORIES = TableDefinition.of(TerritoryRow.class,
            territoryId(TerritoryRow::id),
            territoryName(TerritoryRow::name),
            Column.bool("reached", "alcanzado", "Alcanzado (≥ 1 municipio alcanzado)", "Reached (≥ 1 municipality reached)",
                    TerritoryRow::reached),
            Column.integer("municipalitiesReached", "mpios_alc", "Municipios alcanzados", "Municipalities reached",
                    TerritoryRow::municipalitiesReached),
            territoryMunicipalities(TerritoryRow::municipalities),
            beneficiaries(TerritoryRow::beneficiaries),
            interventions(TerritoryRow::interventions),
            Column.number("interventionShare", "part_int", "Participación en las intervenciones (0–1)",
                    "Share of the interventions (0–1)", TerritoryRow::interventionShare),
            population(TerritoryRow::population));

    /** Territories of a group not reached ({@code /api/v1/coverage/gaps/{group}}, {@code table=territories}). */
    public static final TableDefinition<UnreachedTerritory> UNREACHED_TERRITORIES = TableDefinition.of(UnreachedTerritory.class,
            territoryId(UnreachedTerritory::id),
            territoryName(UnreachedTerritory::name),
            territoryMunicipalities(UnreachedTerritory::municipalities),
            population(UnreachedTerritory::population));

    /** Unreached municipalities next to reached ones ({@code /api/v1/coverage/gaps/{group}}, {@code table=bordering}). */
    public static final TableDefinition<BorderingMunicipality> BORDERING_MUNICIPALITIES = TableDefinition.of(
            BorderingMunicipality.class,
            Column.string("code", "cod_mpio", "Código DIVIPOLA (5 dígitos)", "DIVIPOLA code (5 digits)", BorderingMunicipality::code),
            Column.string("name", "nombre", "Nombre (DANE)", "Name (DANE)", BorderingMunicipality::name),
            Column.string("departmentName", "nom_dpto", "Departamento", "Department", BorderingMunicipality::departmentName),
            population(BorderingMunicipality::population),
            Column.strings("reachedNeighbours", "vecin_alc", "Vecinos alcanzados (códigos DIVIPOLA)",
                    "Reached neighbours (DIVIPOLA codes)", BorderingMunicipality::reachedNeighbours));

    /** Every table of figures. */
    public static final List<TableDefinition<?>> ALL = List.of(DEPARTMENTS, MUNICIPALITIES, GROUP_TERRITORIES,
            UNREACHED_TERRITORIES, BORDERING_MUNICIPALITIES, SectorTables.SECTORS, SectorTables.SECTOR_DEPARTMENTS,
            SectorTables.SECTOR_MUNICIPALITIES, EconomicTables.DEPARTMENT_WEIGHT, EconomicTables.DEPARTMENT_BRANCHES,
            EconomicTables.ECONOMIC_GAPS);

    private FigureTables() {
    }

    private static <R> Column<R> beneficiaries(Function<R, Integer> value) {
        return Column.integer("beneficiaries", "benefic", "Beneficiarios (distintos)", "Beneficiaries (distinct)", value);
    }

    private static <R> Column<R> share(Function<R, Double> value) {
        return Column.number("share", "particip", "Participación en los beneficiarios del país (0–1)",
                "Share of the country's beneficiaries (0–1)", value);
    }

    private static <R> Column<R> interventions(Function<R, Integer> value) {
        return Column.integer("interventions", "interv", "Intervenciones", "Interventions", value);
    }

    private static <R> Column<R> population(Function<R, Long> value) {
        return Column.integer("population", "poblacion", "Población proyectada (DANE) del año de reporte",
                "Projected population (DANE) in the reporting year", value);
    }

    private static <R> Column<R> territoryId(Function<R, String> value) {
        return Column.string("id", "id", "Territorio (identificador)", "Territory id", value);
    }

    private static <R> Column<R> territoryName(Function<R, String> value) {
        return Column.string("name", "nombre", "Territorio", "Territory", value);
    }

    private static <R> Column<R> territoryMunicipalities(Function<R, Integer> value) {
        return Column.integer("municipalities", "municipios", "Municipios vigentes del territorio",
                "Municipalities in force in the territory", value);
    }
}
