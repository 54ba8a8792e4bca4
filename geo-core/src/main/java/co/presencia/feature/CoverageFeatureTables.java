package co.presencia.feature;

import co.presencia.coverage.CoverageFigures.DepartmentRow;
import co.presencia.coverage.CoverageFigures.MunicipalityRow;
import co.presencia.coverage.FigureTables;
import co.presencia.table.Column;
import co.presencia.table.TableDefinition;

/**
 * The feature schemas of the coverage collections: the figure tables of {@link FigureTables} (so a feature carries
 * exactly the columns the coverage API answers, in the same order) followed by what a feature adds: PDET and ZOMAC
 * membership for municipalities, and the reporting year and dataset the figures are for.
 */
final class CoverageFeatureTables {

    /** What every feature of one selection shares: the reporting year (the denominator's vintage) and the dataset. */
    record SelectionFacts(int reportingYear, String dataset, boolean synthetic) {
    }

    /** A municipal row as a {@code municipal-coverage} feature. */
    record MunicipalFeatureRow(MunicipalityRow row, boolean pdet, boolean zomac, SelectionFacts facts) {
    }

    /** A department row as a {@code department-coverage} feature. */
    record DepartmentFeatureRow(DepartmentRow row, SelectionFacts facts) {
    }

    static final TableDefinition<MunicipalFeatureRow> MUNICIPAL = FigureTables.MUNICIPALITIES.over(MunicipalFeatureRow.class,
            MunicipalFeatureRow::row,
            Column.<MunicipalFeatureRow>bool("pdet", "pdet", "Municipio PDET", "PDET municipality", MunicipalFeatureRow::pdet)
                    .asQueryable(),
            Column.<MunicipalFeatureRow>bool("zomac", "zomac", "Municipio ZOMAC", "ZOMAC municipality", MunicipalFeatureRow::zomac)
                    .asQueryable(),
            reportingYear().over(MunicipalFeatureRow::facts),
            dataset().over(MunicipalFeatureRow::facts),
            synthetic().over(MunicipalFeatureRow::facts));

    static final TableDefinition<DepartmentFeatureRow> DEPARTMENT = FigureTables.DEPARTMENTS.over(DepartmentFeatureRow.class,
            DepartmentFeatureRow::row,
            reportingYear().over(DepartmentFeatureRow::facts),
            dataset().over(DepartmentFeatureRow::facts),
            synthetic().over(DepartmentFeatureRow::facts));

    private CoverageFeatureTables() {
    }

    private static Column<SelectionFacts> reportingYear() {
        return Column.integer("reportingYear", "anio_rep", "Año de reporte (fija las unidades vigentes)",
                "Reporting year (fixes the units in force)", SelectionFacts::reportingYear);
    }

    private static Column<SelectionFacts> dataset() {
        return Column.string("dataset", "conjunto", "Conjunto de datos", "Dataset", SelectionFacts::dataset);
    }

    private static Column<SelectionFacts> synthetic() {
        return Column.bool("synthetic", "sintetico", "Datos sintéticos de demostración", "Synthetic demonstration data",
                SelectionFacts::synthetic);
    }
}
