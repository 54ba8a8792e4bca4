package co.presencia.coverage;

import static co.presencia.coverage.IndependentSql.rows;
import static co.presencia.coverage.IndependentSql.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import co.presencia.economy.EconomicContext;
import co.presencia.intervention.Axis;
import co.presencia.intervention.ImportListener;
import co.presencia.intervention.ImportOptions;
import co.presencia.intervention.ImportReport;
import co.presencia.intervention.ImportStatus;
import co.presencia.intervention.InterventionImporter;
import co.presencia.intervention.InterventionRepository;
import co.presencia.intervention.MunicipalityJoiner;
import co.presencia.sector.CiiuClassification;
import co.presencia.sector.SectorCatalog;
import co.presencia.sector.SectorGrouping;
import co.presencia.sector.SectorGroupingCsv;
import co.presencia.spatial.sql.Database;
import co.presencia.territory.DepartmentCode;
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
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sector figures agree with SQL written here, on a dataset that is not the demo ({@link SectorDatasetFixture})
 * stored in H2GIS and in PostGIS. The SQL knows the classification only as a table of DANE's flat file and states the
 * rule of ADR 0013 itself: a record's code lies in a sector when every class under it does. Breakdowns: the four CIIU
 * levels and a configured grouping at mixed levels that leaves classes out; filters with and without a sector.
 * The economic figures too: presence against economic weight (DANE's departmental accounts read here as a table)
 * and the opportunity gaps (DANE's municipal value added read here), each against SQL over the same store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SectorAgreementContract {

    static final String DATASET = SectorDatasetFixture.DATASET;
    /** The configured grouping: sector, name, code as the file writes it, the same code as the SQL table holds it. */
    static final List<String[]> GROUPING = List.of(
            new String[] {"agro", "Agro", "A", "A"}, new String[] {"alimentos", "Alimentos", "10", "10"},
            new String[] {"alimentos", "Alimentos", "11", "11"}, new String[] {"textil", "Textil y confección", "13", "13"},
            new String[] {"textil", "Textil y confección", "14", "14"}, new String[] {"metal", "Metalmecánica", "grupo 251", "251"},
            new String[] {"metal", "Metalmecánica", "2592", "2592"}, new String[] {"comercio", "Comercio", "G", "G"},
            new String[] {"tic", "TIC", "J", "J"}, new String[] {"turismo", "Turismo", "55", "55"},
            new String[] {"turismo", "Turismo", "5611", "5611"});

    protected Database database;
    protected ReferenceCatalog catalog;
    protected CiiuClassification ciiu;
    protected CoverageIndex index;
    protected SectorGrouping grouping;

    /** A store holding the real reference territory. */
    protected abstract Database storeWithTerritory();

    @BeforeAll
    void importTheDatasetAndTheClassification() throws Exception {
        catalog = ReferenceData.catalog();
        ciiu = ReferenceData.classification();
        database = storeWithTerritory();
        Path file = Files.createTempFile("sectores-", ".csv");
        SectorDatasetFixture.write(file, catalog, ciiu, 77L);
        ImportReport report = new InterventionImporter(database, new MunicipalityJoiner(catalog), () -> ciiu)
                .importFile(file, ImportOptions.of(DATASET, "sectores.csv").withReplace(true), ImportListener.NONE);
        assertThat(report.status()).as(report.message() + " " + report.rejects()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(report.rowsAccepted()).isGreaterThan(6000);
        index = CoverageIndex.build(catalog, sink -> new InterventionRepository(database).forEach(DATASET, sink));
        Path groupingFile = Files.createTempDirectory("agrupaciones").resolve("acuerdo.csv");
        StringBuilder csv = new StringBuilder("sector,nombre_sector,ciiu\n");
        GROUPING.forEach(g -> csv.append(g[0]).append(',').append(g[1]).append(',').append(g[2]).append('\n'));
        Files.writeString(groupingFile, csv);
        grouping = SectorGroupingCsv.read(groupingFile, ciiu);
        try (Connection c = database.dataSource().getConnection()) {
            ClassificationTables.load(c, ReferenceData.shapefiles().resolve(SectorCatalog.CLASSIFICATION_FILE), GROUPING);
        }
    }

    static Stream<Arguments> cases() {
        CoverageFilter all = CoverageFilter.ofYear(2023);
        CoverageFilter calidad = all.withAxes(EnumSet.of(Axis.CALIDAD));
        CoverageFilter twoYearsTwoDepartments = all.withYears(Set.of(2022, 2023))
                .withDepartments(Set.of(new DepartmentCode("05"), new DepartmentCode("76")));
        List<Arguments> cases = new ArrayList<>();
        for (String breakdown : List.of("section", "division", "group", "class", "acuerdo")) {
            cases.add(Arguments.of(breakdown + ", 2023", breakdown, all, null));
            cases.add(Arguments.of(breakdown + ", calidad", breakdown, calidad, null));
            cases.add(Arguments.of(breakdown + ", 2022–2023 in Antioquia and Valle", breakdown, twoYearsTwoDepartments, null));
        }
        cases.add(Arguments.of("division, sector=C", "division", all, new String[] {"section", "C"}));
        cases.add(Arguments.of("section, sector=acuerdo:alimentos", "section", all, new String[] {"acuerdo", "alimentos"}));
        cases.add(Arguments.of("class, sector=acuerdo:metal, calidad", "class", calidad, new String[] {"acuerdo", "metal"}));
        return cases.stream();
    }

    private SectorBreakdown breakdown(String id) {
        if (id.equals("acuerdo")) {
            return SectorBreakdown.of(grouping, ciiu);
        }
        return SectorBreakdown.of(new SectorCatalog(ciiu, List.of()).breakdown(id).orElseThrow(), ciiu);
    }

    /** The filter's sector: the sector {@code sector[1]} of breakdown {@code sector[0]}, for the engine and for SQL. */
    private CoverageFilter withSector(CoverageFilter filter, String[] sector) {
        if (sector == null) {
            return filter;
        }
        SectorBreakdown b = breakdown(sector[0]);
        var chosen = b.sectors().stream().filter(s -> s.id().equals(sector[1])).findFirst().orElseThrow();
        return filter.withSector(SectorFilter.of(sector[0] + ":" + sector[1], chosen, ciiu));
    }

    private IndependentSql.Where where(CoverageFilter filter, String[] sector) {
        IndependentSql.Where where = IndependentSql.where(DATASET, filter);
        if (sector == null) {
            return where;
        }
        return where.and("i.ciiu IN (SELECT es.code FROM " + ClassificationTables.entrySector(sector[0]) + " es WHERE es.sector = ?)",
                List.of(sector[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sectorFiguresAgreeWithIndependentSql(String name, String breakdownId, CoverageFilter base, String[] sector) throws SQLException {
        CoverageFilter filter = withSector(base, sector);
        SectorCounts counts = index.countBySector(filter, 2023, breakdown(breakdownId));
        IndependentSql.Where where = where(base, sector);
        String entrySector = ClassificationTables.entrySector(breakdownId);
        try (Connection c = database.dataSource().getConnection()) {
            Map<String, List<Object>> expected = new TreeMap<>();
            for (List<Object> row : rows(c, "SELECT es.sector, COUNT(*), COUNT(DISTINCT i.beneficiary_id), COUNT(DISTINCT i.municipality_code),"
                    + " COUNT(DISTINCT SUBSTRING(i.municipality_code, 1, 2)) FROM intervention i JOIN " + entrySector
                    + " es ON es.code = i.ciiu WHERE " + where.sql() + " GROUP BY es.sector", where.values())) {
                expected.put(String.valueOf(row.get(0)), row.subList(1, 5).stream().map(v -> (Object) ((Number) v).intValue()).toList());
            }
            Map<String, List<Object>> actual = new TreeMap<>();
            for (SectorFigures.SectorRow row : SectorFigures.sectors(counts)) {
                if (row.reached()) {
                    actual.put(row.code(), List.of(row.interventions(), row.beneficiaries(), row.municipalities(), row.departments()));
                }
            }
            assertThat(actual).as("interventions, beneficiaries, units, departments per sector").isEqualTo(expected);
            assertThat(actual).isNotEmpty();
            assertThat(counts.beneficiaries()).isEqualTo(single(c, "SELECT COUNT(DISTINCT beneficiary_id) FROM intervention i WHERE "
                    + where.sql(), where.values()));
            SectorFigures.Outside outside = SectorFigures.outside(counts);
            assertThat(List.of(outside.uncodedInterventions(), outside.uncodedBeneficiaries())).isEqualTo(List.of(
                    single(c, "SELECT COUNT(*) FROM intervention i WHERE " + where.sql() + " AND i.ciiu IS NULL", where.values()),
                    single(c, "SELECT COUNT(DISTINCT beneficiary_id) FROM intervention i WHERE " + where.sql() + " AND i.ciiu IS NULL",
                            where.values())));
            String unassigned = " AND i.ciiu IS NOT NULL AND i.ciiu NOT IN (SELECT es.code FROM " + entrySector + " es)";
            assertThat(List.of(outside.unassignedInterventions(), outside.unassignedBeneficiaries())).isEqualTo(List.of(
                    single(c, "SELECT COUNT(*) FROM intervention i WHERE " + where.sql() + unassigned, where.values()),
                    single(c, "SELECT COUNT(DISTINCT beneficiary_id) FROM intervention i WHERE " + where.sql() + unassigned, where.values())));
            assertThat(pairs(SectorFigures.byDepartment(counts, catalog).stream().map(r -> List.<Object>of(r.sectorCode(),
                    r.departmentCode(), r.beneficiaries(), r.interventions())))).isEqualTo(pairs(rows(c, "SELECT es.sector,"
                    + " SUBSTRING(i.municipality_code, 1, 2), COUNT(DISTINCT i.beneficiary_id), COUNT(*) FROM intervention i JOIN "
                    + entrySector + " es ON es.code = i.ciiu WHERE " + where.sql() + " GROUP BY es.sector, SUBSTRING(i.municipality_code, 1, 2)",
                    where.values()).stream()));
            assertThat(pairs(SectorFigures.byMunicipality(counts).stream().map(r -> List.<Object>of(r.sectorCode(), r.code(),
                    r.beneficiaries(), r.interventions())))).isEqualTo(pairs(rows(c, "SELECT es.sector, i.municipality_code,"
                    + " COUNT(DISTINCT i.beneficiary_id), COUNT(*) FROM intervention i JOIN " + entrySector + " es ON es.code = i.ciiu"
                    + " WHERE " + where.sql() + " GROUP BY es.sector, i.municipality_code", where.values()).stream()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSectorFilterAgreesOnTheHeadline(String name, String breakdownId, CoverageFilter base, String[] sector) throws SQLException {
        CoverageCounts counts = index.count(withSector(base, sector), 2023);
        IndependentSql.Where where = where(base, sector);
        try (Connection c = database.dataSource().getConnection()) {
            assertThat(counts.interventions()).isEqualTo(single(c, "SELECT COUNT(*) FROM intervention i WHERE " + where.sql(), where.values()));
            assertThat(counts.beneficiaries()).isEqualTo(single(c, "SELECT COUNT(DISTINCT beneficiary_id) FROM intervention i WHERE "
                    + where.sql(), where.values()));
            assertThat(counts.municipalitiesReached()).isEqualTo(single(c, "SELECT COUNT(DISTINCT municipality_code) FROM intervention i"
                    + " WHERE " + where.sql(), where.values()));
        }
    }

    @org.junit.jupiter.api.Test
    void presenceAgainstEconomicWeightAgreesWithIndependentSql() throws SQLException {
        CoverageFilter filter = CoverageFilter.ofYear(2023);
        EconomicContext economy = EconomicContext.load(ReferenceData.shapefiles());
        EconomicWeight.Report report = EconomicWeight.of(index.count(filter, 2023),
                index.countBySector(filter, 2023, EconomicWeight.branchBreakdown(ciiu)), economy.departments(2023).orElseThrow(), catalog);
        assertThat(report.economyYearLabel()).isEqualTo("2023pr");
        IndependentSql.Where where = IndependentSql.where(DATASET, filter);
        try (Connection c = database.dataSource().getConnection()) {
            EconomyTables.load(c, ReferenceData.shapefiles());
            int national = single(c, "SELECT COUNT(DISTINCT beneficiary_id) FROM intervention i WHERE " + where.sql(), where.values());
            Map<String, Integer> byDepartment = IndependentSql.grouped(c, "SELECT SUBSTRING(i.municipality_code, 1, 2),"
                    + " COUNT(DISTINCT i.beneficiary_id) FROM intervention i WHERE " + where.sql() + " GROUP BY SUBSTRING(i.municipality_code, 1, 2)",
                    where.values());
            Map<String, Double> valueAdded = new TreeMap<>();
            rows(c, "SELECT dept, SUM(amount) FROM agreement_gdp WHERE gdp_year = 2023 AND prices = 'PIB a precios corrientes'"
                    + " AND activity <> 'Impuestos' GROUP BY dept", List.of())
                    .forEach(r -> valueAdded.put((String) r.get(0), ((Number) r.get(1)).doubleValue()));
            double nationalValueAdded = valueAdded.values().stream().mapToDouble(Double::doubleValue).sum();
            Map<String, Integer> branchDepartment = IndependentSql.grouped(c, "SELECT b.branch || '|' || SUBSTRING(i.municipality_code, 1, 2),"
                    + " COUNT(DISTINCT i.beneficiary_id) FROM intervention i JOIN agreement_ciiu e ON e.code = i.ciiu"
                    + " JOIN agreement_branch b ON b.section = e.section WHERE " + where.sql()
                    + " GROUP BY b.branch || '|' || SUBSTRING(i.municipality_code, 1, 2)", where.values());
            Map<String, Integer> branchNation = IndependentSql.grouped(c, "SELECT b.branch, COUNT(DISTINCT i.beneficiary_id)"
                    + " FROM intervention i JOIN agreement_ciiu e ON e.code = i.ciiu JOIN agreement_branch b ON b.section = e.section"
                    + " WHERE " + where.sql() + " GROUP BY b.branch", where.values());
            int nationWithBranch = branchNation.values().stream().mapToInt(Integer::intValue).sum();
            assertThat(report.departments()).hasSize(33);
            for (EconomicWeight.DepartmentWeight d : report.departments()) {
                int beneficiaries = byDepartment.getOrDefault(d.code(), 0);
                assertThat(d.beneficiaries()).as(d.name()).isEqualTo(beneficiaries);
                assertClose(d.beneficiaryShare(), (double) beneficiaries / national);
                assertThat(d.valueAddedShare()).as(d.name()).isCloseTo(valueAdded.get(d.code()) / nationalValueAdded, within(1e-9));
                assertClose(d.presenceRatio(), ((double) beneficiaries / national) / (valueAdded.get(d.code()) / nationalValueAdded));
                int withBranch = d.branches().stream().mapToInt(b -> branchDepartment.getOrDefault(b.id() + "|" + d.code(), 0)).sum();
                for (EconomicWeight.BranchWeight b : d.branches()) {
                    int inBranch = branchDepartment.getOrDefault(b.id() + "|" + d.code(), 0);
                    assertThat(b.beneficiaries()).as(d.name() + " " + b.id()).isEqualTo(inBranch);
                    int inNation = branchNation.getOrDefault(b.id(), 0);
                    if (withBranch > 0 && inNation > 0) {
                        assertClose(b.beneficiaryLocationQuotient(), ((double) inBranch / withBranch) / ((double) inNation / nationWithBranch));
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "gaps, department {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "05", "27"})
    void opportunityGapsAgreeWithIndependentSql(String department) throws SQLException {
        CoverageFilter filter = department.isEmpty() ? CoverageFilter.ofYear(2023)
                : CoverageFilter.ofYear(2023).withDepartments(Set.of(new DepartmentCode(department)));
        EconomicContext economy = EconomicContext.load(ReferenceData.shapefiles());
        EconomicGaps.Report report = EconomicGaps.of(index.count(filter, 2023), catalog, economy.municipal(), 40);
        IndependentSql.Where where = IndependentSql.where(DATASET, filter);
        try (Connection c = database.dataSource().getConnection()) {
            EconomyTables.load(c, ReferenceData.shapefiles());
            List<Object> values = new ArrayList<>(where.values());
            String inDepartment = department.isEmpty() ? "" : " AND m.department_code = ?";
            if (!department.isEmpty()) {
                values.add(department);
            }
            List<List<Object>> expected = rows(c, "SELECT m.code, v.va FROM municipality m LEFT JOIN agreement_va v ON v.code = m.code"
                    + " WHERE (m.last_year IS NULL OR m.last_year >= 2023) AND (m.first_year IS NULL OR m.first_year <= 2023)"
                    + " AND m.code NOT IN (SELECT i.municipality_code FROM intervention i WHERE " + where.sql() + ")" + inDepartment
                    + " ORDER BY CASE WHEN v.va IS NULL THEN 1 ELSE 0 END, v.va DESC, m.code", values);
            assertThat(report.unreached()).isEqualTo(expected.size());
            assertThat(report.unreached()).isGreaterThan(0);
            assertThat(report.valueAddedYear()).isEqualTo("2022p");
            assertThat(report.items()).extracting(EconomicGaps.Gap::code)
                    .containsExactlyElementsOf(expected.stream().limit(40).map(r -> (String) r.get(0)).toList());
            for (int k = 0; k < report.items().size(); k++) {
                assertClose(report.items().get(k).valueAdded(), ((Number) expected.get(k).get(1)).doubleValue());
            }
            double unreachedValue = expected.stream().filter(r -> r.get(1) != null).mapToDouble(r -> ((Number) r.get(1)).doubleValue()).sum();
            assertThat(report.unreachedValueAdded()).isCloseTo(unreachedValue, within(1e-6));
        }
    }

    /** Rows as "sector|unit → beneficiaries, interventions", comparable whatever their order and number types. */
    private static Map<String, List<Integer>> pairs(Stream<List<Object>> rows) {
        Map<String, List<Integer>> out = new TreeMap<>();
        rows.forEach(r -> out.put(r.get(0) + "|" + r.get(1), List.of(((Number) r.get(2)).intValue(), ((Number) r.get(3)).intValue())));
        return out;
    }

    static void assertClose(Double actual, double expected) {
        assertThat(actual).isNotNull();
        assertThat(actual).isCloseTo(expected, within(1e-9));
    }
}
