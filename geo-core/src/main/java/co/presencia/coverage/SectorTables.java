package co.presencia.coverage;

import co.presencia.coverage.SectorFigures.SectorDepartmentRow;
import co.presencia.coverage.SectorFigures.SectorMunicipalityRow;
import co.presencia.coverage.SectorFigures.SectorRow;
import co.presencia.table.Column;
import co.presencia.table.TableDefinition;
import java.util.function.Function;

/**
 * The tables of the sector figures ({@code /api/v1/coverage/sectors}, {@code table=sectors|departments|municipalities}),
 * one definition each, like {@link FigureTables}: the JSON rows, the CSV and XLSX downloads and the GeoJSON properties
 * come from them.
 */
public final class SectorTables {

    /** Coverage by sector. */
    public static final TableDefinition<SectorRow> SECTORS = TableDefinition.of(SectorRow.class,
            Column.string("code", "cod_sector", "Sector (código CIIU o id de la agrupación)", "Sector (CIIU code or grouping id)",
                    SectorRow::code),
            Column.string("name", "sector", "Sector", "Sector", SectorRow::name),
            interventions(SectorRow::interventions),
            beneficiaries(SectorRow::beneficiaries),
            Column.number("share", "particip", "Participación en los beneficiarios de la selección (0–1)",
                    "Share of the selection's beneficiaries (0–1)", SectorRow::share),
            Column.integer("municipalities", "mpios_alc", "Municipios y áreas alcanzados", "Municipalities and areas reached",
                    SectorRow::municipalities),
            Column.integer("departments", "dptos_alc", "Departamentos alcanzados", "Departments reached", SectorRow::departments));

    /** Sector × department. */
    public static final TableDefinition<SectorDepartmentRow> SECTOR_DEPARTMENTS = TableDefinition.of(SectorDepartmentRow.class,
            sectorCode(SectorDepartmentRow::sectorCode),
            sectorName(SectorDepartmentRow::sectorName),
            Column.string("departmentCode", "cod_dpto", "Código del departamento (2 dígitos)", "Department code (2 digits)",
                    SectorDepartmentRow::departmentCode),
            Column.string("departmentName", "nom_dpto", "Departamento", "Department", SectorDepartmentRow::departmentName),
            beneficiaries(SectorDepartmentRow::beneficiaries),
            interventions(SectorDepartmentRow::interventions),
            Column.number("shareOfDepartment", "part_dpto", "Participación en los beneficiarios del departamento (0–1)",
                    "Share of the department's beneficiaries (0–1)", SectorDepartmentRow::shareOfDepartment),
            shareOfSector(SectorDepartmentRow::shareOfSector));

    /** Sector × municipality (units with records only). */
    public static final TableDefinition<SectorMunicipalityRow> SECTOR_MUNICIPALITIES = TableDefinition.of(
            SectorMunicipalityRow.class,
            sectorCode(SectorMunicipalityRow::sectorCode),
            sectorName(SectorMunicipalityRow::sectorName),
            Column.string("code", "cod_mpio", "Código DIVIPOLA (5 dígitos)", "DIVIPOLA code (5 digits)", SectorMunicipalityRow::code),
            Column.string("name", "nombre", "Nombre (DANE)", "Name (DANE)", SectorMunicipalityRow::name),
            Column.string("departmentCode", "cod_dpto", "Código del departamento", "Department code",
                    SectorMunicipalityRow::departmentCode),
            Column.string("departmentName", "nom_dpto", "Departamento", "Department", SectorMunicipalityRow::departmentName),
            beneficiaries(SectorMunicipalityRow::beneficiaries),
            interventions(SectorMunicipalityRow::interventions),
            shareOfSector(SectorMunicipalityRow::shareOfSector));

    private SectorTables() {
    }

    private static <R> Column<R> sectorCode(Function<R, String> value) {
        return Column.string("sectorCode", "cod_sector", "Sector (código CIIU o id de la agrupación)",
                "Sector (CIIU code or grouping id)", value);
    }

    private static <R> Column<R> sectorName(Function<R, String> value) {
        return Column.string("sectorName", "sector", "Sector", "Sector", value);
    }

    private static <R> Column<R> beneficiaries(Function<R, Integer> value) {
        return Column.integer("beneficiaries", "benefic", "Beneficiarios (distintos)", "Beneficiaries (distinct)", value);
    }

    private static <R> Column<R> interventions(Function<R, Integer> value) {
        return Column.integer("interventions", "interv", "Intervenciones", "Interventions", value);
    }

    private static <R> Column<R> shareOfSector(Function<R, Double> value) {
        return Column.number("shareOfSector", "part_sect", "Participación en los beneficiarios del sector (0–1)",
                "Share of the sector's beneficiaries (0–1)", value);
    }
}
