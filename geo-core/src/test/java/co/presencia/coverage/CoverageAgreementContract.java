package co.presencia.coverage;

import static co.presencia.coverage.IndependentSql.grouped;
import static co.presencia.coverage.IndependentSql.single;
import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.intervention.Axis;
import co.presencia.intervention.CompanySize;
import co.presencia.intervention.ImportListener;
import co.presencia.intervention.ImportOptions;
import co.presencia.intervention.ImportReport;
import co.presencia.intervention.InterventionImporter;
import co.presencia.intervention.InterventionRepository;
import co.presencia.intervention.MunicipalityJoiner;
import co.presencia.intervention.demo.DemoDatasetGenerator;
import co.presencia.spatial.sql.Database;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.testing.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The coverage engine agrees with figures computed independently by SQL written here, on the demo dataset stored
 * in the database (H2GIS and PostGIS subclasses), for every figure and several filters. The SQL never calls the
 * engine; the engine never sees the SQL. Together the two subclasses show both stores give identical figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CoverageAgreementContract {

    private Database database;
    private CoverageIndex index;
    private ReferenceCatalog catalog;

    /** A store holding the real reference territory, as {@code TerritoryStores} gives it. */
    protected abstract Database storeWithTerritory();

    @BeforeAll
    void importTheDemoDataset() throws Exception {
        catalog = ReferenceData.catalog();
        database = storeWithTerritory();
        InterventionRepository interventions = new InterventionRepository(database);
        Path file = Files.createTempFile("demo-", ".csv");
        new DemoDatasetGenerator(catalog, DemoDatasetGenerator.DEFAULT_SEED).write(file);
        ImportReport report = new InterventionImporter(database, new MunicipalityJoiner(catalog), ReferenceData::classification)
                .importFile(file, ImportOptions.of("demo", "demo.csv").withAcceptPartial(true), ImportListener.NONE);
        assertThat(report.rowsAccepted()).isGreaterThan(20_000);
        index = CoverageIndex.build(catalog, sink -> interventions.forEach("demo", sink));
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of("2023, everything", CoverageFilter.ofYear(2023)),
                Arguments.of("2023, calidad", CoverageFilter.ofYear(2023).withAxes(EnumSet.of(Axis.CALIDAD))),
                Arguments.of("2023, micro and pequeña", CoverageFilter.ofYear(2023).withSizes(EnumSet.of(CompanySize.MICRO, CompanySize.PEQUENA))),
                Arguments.of("2023, Nariño and Cauca", CoverageFilter.ofYear(2023).withDepartments(Set.of(new DepartmentCode("52"), new DepartmentCode("19")))),
                Arguments.of("2023, economía popular in Antioquia", CoverageFilter.ofYear(2023)
                        .withAxes(EnumSet.of(Axis.ECONOMIA_POPULAR)).withDepartments(Set.of(new DepartmentCode("05")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void everyFigureAgreesWithIndependentSql(String name, CoverageFilter filter) throws SQLException {
        CoverageCounts counts = index.count(filter, 2023);
        CoverageFigures.Headline h = CoverageFigures.headline(counts, catalog);
        try (Connection c = database.dataSource().getConnection()) {
            IndependentSql.Where where = IndependentSql.where("demo", filter);
            assertThat(h.interventions()).isEqualTo(single(c, "SELECT COUNT(*) FROM intervention i WHERE " + where.sql(), where.values()));
            assertThat(h.beneficiaries()).isEqualTo(single(c, "SELECT COUNT(DISTINCT beneficiary_id) FROM intervention i WHERE " + where.sql(), where.values()));
            assertThat(h.municipalities().reached()).isEqualTo(single(c, "SELECT COUNT(DISTINCT municipality_code) FROM intervention i WHERE " + where.sql(), where.values()));
            assertThat(h.municipalities().of()).isEqualTo(single(c, "SELECT COUNT(*) FROM municipality WHERE (last_year IS NULL OR last_year >= 2023) AND (first_year IS NULL OR first_year <= 2023)", List.of()));
            assertThat(h.departments().reached()).isEqualTo(single(c,
                    "SELECT COUNT(DISTINCT SUBSTRING(municipality_code, 1, 2)) FROM intervention i WHERE " + where.sql(), where.values()));
            for (String group : List.of("pdet", "zomac", "poblacion-menor-200k")) {
                List<Object> values = new ArrayList<>(where.values());
                values.add(group);
                int reached = single(c, "SELECT COUNT(DISTINCT i.municipality_code) FROM intervention i WHERE " + where.sql()
                        + " AND i.municipality_code IN (SELECT municipality_code FROM territory_member WHERE group_id = ?)", values);
                assertThat(counts.reachedAmong(catalog.group(group).orElseThrow().municipalities()).count()).as(group).isEqualTo(reached);
                int focus = single(c, "SELECT COUNT(*) FROM intervention i WHERE " + where.sql()
                        + " AND i.municipality_code IN (SELECT municipality_code FROM territory_member WHERE group_id = ?)", values);
                assertThat(counts.interventionsAmong(catalog.group(group).orElseThrow().municipalities()).count()).as(group).isEqualTo(focus);
            }
            List<Object> pdetValues = new ArrayList<>(where.values());
            assertThat(h.pdetSubregions().reached()).isEqualTo(single(c, "SELECT COUNT(DISTINCT t.territory_id) FROM intervention i"
                    + " JOIN territory_member t ON t.municipality_code = i.municipality_code AND t.group_id = 'pdet' WHERE " + where.sql(), pdetValues));
            // Beneficiaries by department: distinct per department.
            Map<String, Integer> byDepartment = grouped(c, "SELECT SUBSTRING(municipality_code, 1, 2), COUNT(DISTINCT beneficiary_id)"
                    + " FROM intervention i WHERE " + where.sql() + " GROUP BY SUBSTRING(municipality_code, 1, 2)", where.values());
            for (CoverageFigures.DepartmentRow row : CoverageFigures.departments(counts, catalog)) {
                assertThat(row.beneficiaries()).as(row.name()).isEqualTo(byDepartment.getOrDefault(row.code(), 0));
            }
            // Beneficiaries by municipality and the top-10 concentration.
            Map<String, Integer> byMunicipality = grouped(c, "SELECT municipality_code, COUNT(DISTINCT beneficiary_id)"
                    + " FROM intervention i WHERE " + where.sql() + " GROUP BY municipality_code", where.values());
            byMunicipality.forEach((code, n) -> assertThat(counts.beneficiariesIn(new DivipolaCode(code))).as(code).isEqualTo(n));
            int top10 = byMunicipality.values().stream().sorted((a, b) -> b - a).limit(10).mapToInt(Integer::intValue).sum();
            assertThat(h.concentrationTop10().count()).isEqualTo(top10);
            // Mipyme share: each beneficiary's latest record with a company size (by year, then record id).
            List<Object> sizeValues = new ArrayList<>(where.values());
            Map<String, Integer> latestSizes = grouped(c, "SELECT company_size, COUNT(*) FROM ("
                    + " SELECT company_size, ROW_NUMBER() OVER (PARTITION BY beneficiary_id ORDER BY report_year DESC, record_id DESC) AS rn"
                    + " FROM intervention i WHERE " + where.sql() + " AND company_size IS NOT NULL) latest WHERE rn = 1 GROUP BY company_size", sizeValues);
            int mipyme = latestSizes.getOrDefault("MICRO", 0) + latestSizes.getOrDefault("PEQUENA", 0) + latestSizes.getOrDefault("MEDIANA", 0);
            int companies = mipyme + latestSizes.getOrDefault("GRANDE", 0);
            assertThat(h.mipyme().count()).isEqualTo(mipyme);
            assertThat(h.mipyme().of()).isEqualTo(companies);
        }
    }
}
