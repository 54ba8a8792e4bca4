package co.presencia.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.intervention.Axis;
import co.presencia.intervention.Intervention;
import co.presencia.intervention.Placement;
import co.presencia.sector.CiiuClassification;
import co.presencia.sector.CiiuLevel;
import co.presencia.sector.SectorGrouping;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.testing.ReferenceData;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sector dimension of the coverage index on a handful of records whose figures are worked out by hand: a
 * beneficiary in two sectors counts in each, a code above the breakdown's level counts only when all its classes lie
 * in one sector (ADR 0013), records without a code are counted apart, and the sector filter keeps exactly the
 * records wholly in the sector.
 */
class SectorCountsTest {

    static ReferenceCatalog catalog;
    static CiiuClassification ciiu;
    static CoverageIndex index;

    /** Medellín (05), Envigado (05), Pasto (52); codes as the importer stores them. */
    @BeforeAll
    static void build() {
        catalog = ReferenceData.catalog();
        ciiu = ReferenceData.classification();
        List<Intervention> records = List.of(
                record("r1", "A", "05001", "1011"),  // A: food processing (C, division 10) and
                record("r2", "A", "05266", "4711"),  //    retail (G) in Envigado: two sectors, two units
                record("r3", "B", "05001", "1040"),  // B: dairy (C 10)
                record("r4", "B", "05001", "1040"),  //    twice (one beneficiary, two interventions)
                record("r5", "C", "52001", "10"),    // C: coded as division 10 only (all of it in C and in division 10)
                record("r6", "D", "52001", "C"),     // D: coded as section C only (not in a single division)
                record("r7", "E", "52001", null),    // E: no code
                record("r8", "F", "05001", "0111")); // F: cereals (A)
        index = CoverageIndex.build(catalog, sink -> records.forEach(sink));
    }

    private static Intervention record(String id, String beneficiary, String municipality, String ciiuCode) {
        return new Intervention(id, beneficiary, 2023, "EnCadena", Axis.ENCADENAMIENTOS, null, new DivipolaCode(municipality),
                Placement.CODE, null, null, ciiuCode, ciiuCode, null, null, null, 2);
    }

    private static SectorCounts count(CoverageFilter filter, CiiuLevel level) {
        SectorGrouping grouping = new co.presencia.sector.SectorCatalog(ciiu, List.of()).breakdown(level.id()).orElseThrow();
        return index.countBySector(filter, 2023, SectorBreakdown.of(grouping, ciiu));
    }

    private static Map<String, SectorFigures.SectorRow> reached(SectorCounts counts) {
        return SectorFigures.sectors(counts).stream().filter(SectorFigures.SectorRow::reached)
                .collect(Collectors.toMap(SectorFigures.SectorRow::code, r -> r));
    }

    @Test
    void bySectionEveryCodedRecordHasItsSection() {
        SectorCounts counts = count(CoverageFilter.ofYear(2023), CiiuLevel.SECTION);
        Map<String, SectorFigures.SectorRow> rows = reached(counts);
        assertThat(rows).containsOnlyKeys("A", "C", "G");
        assertThat(rows.get("C")).extracting(SectorFigures.SectorRow::beneficiaries, SectorFigures.SectorRow::interventions,
                SectorFigures.SectorRow::municipalities, SectorFigures.SectorRow::departments).containsExactly(4, 5, 2, 2);
        assertThat(rows.get("G")).extracting(SectorFigures.SectorRow::beneficiaries, SectorFigures.SectorRow::municipalities)
                .containsExactly(1, 1);
        assertThat(rows.get("C").share()).isEqualTo(4 / 6.0);
        assertThat(SectorFigures.outside(counts)).isEqualTo(new SectorFigures.Outside(1, 1, 0, 0));
        assertThat(counts.beneficiaries()).isEqualTo(6);
        assertThat(counts.interventions()).isEqualTo(8);
    }

    @Test
    void byDivisionASectionCodeLiesInNoSingleDivision() {
        SectorCounts counts = count(CoverageFilter.ofYear(2023), CiiuLevel.DIVISION);
        Map<String, SectorFigures.SectorRow> rows = reached(counts);
        assertThat(rows).containsOnlyKeys("01", "10", "47");
        assertThat(rows.get("10").beneficiaries()).isEqualTo(3);
        assertThat(SectorFigures.outside(counts)).isEqualTo(new SectorFigures.Outside(1, 1, 1, 1));
    }

    @Test
    void sectorByDepartmentAndByMunicipality() {
        SectorCounts counts = count(CoverageFilter.ofYear(2023), CiiuLevel.SECTION);
        List<SectorFigures.SectorDepartmentRow> departments = SectorFigures.byDepartment(counts, catalog);
        assertThat(departments).extracting(SectorFigures.SectorDepartmentRow::sectorCode, SectorFigures.SectorDepartmentRow::departmentCode,
                SectorFigures.SectorDepartmentRow::beneficiaries).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A", "05", 1), org.assertj.core.groups.Tuple.tuple("C", "05", 2),
                org.assertj.core.groups.Tuple.tuple("C", "52", 2), org.assertj.core.groups.Tuple.tuple("G", "05", 1));
        // Antioquia has 3 beneficiaries (A, B, F); 2 of them in C.
        assertThat(departments.get(1).shareOfDepartment()).isEqualTo(2 / 3.0);
        assertThat(SectorFigures.byMunicipality(counts)).extracting(SectorFigures.SectorMunicipalityRow::sectorCode,
                SectorFigures.SectorMunicipalityRow::code, SectorFigures.SectorMunicipalityRow::interventions).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A", "05001", 1), org.assertj.core.groups.Tuple.tuple("C", "05001", 3),
                org.assertj.core.groups.Tuple.tuple("C", "52001", 2), org.assertj.core.groups.Tuple.tuple("G", "05266", 1));
    }

    @Test
    void theSectorFilterKeepsRecordsWhollyInTheSector() {
        SectorFilter division10 = SectorFilter.of("10", sector("10"), ciiu);
        CoverageCounts counts = index.count(CoverageFilter.ofYear(2023).withSector(division10), 2023);
        // r1, r3, r4, r5 (division 10); not r6 (section C is wider than division 10), not r7 (no code).
        assertThat(counts.interventions()).isEqualTo(4);
        assertThat(counts.beneficiaries()).isEqualTo(3);
        assertThat(counts.beneficiariesIn(new DepartmentCode("52"))).isEqualTo(1);
        SectorFilter sectionC = SectorFilter.of("C", sector("C"), ciiu);
        assertThat(index.count(CoverageFilter.ofYear(2023).withSector(sectionC), 2023).interventions()).isEqualTo(5);
        SectorFilter either = SectorFilter.anyOf(List.of(sectionC, SectorFilter.of("A", sector("A"), ciiu)));
        assertThat(index.count(CoverageFilter.ofYear(2023).withSector(either), 2023).interventions()).isEqualTo(6);
        assertThat(either.id()).isEqualTo("C,A");
        // The filter also narrows the sector figures: under division 10, only C's records are counted.
        SectorCounts within = index.countBySector(CoverageFilter.ofYear(2023).withSector(division10).withAxes(EnumSet.of(Axis.ENCADENAMIENTOS)),
                2023, SectorBreakdown.of(new co.presencia.sector.SectorCatalog(ciiu, List.of()).breakdown("section").orElseThrow(), ciiu));
        assertThat(reached(within)).containsOnlyKeys("C");
    }

    private static co.presencia.sector.Sector sector(String code) {
        var activity = ciiu.find(code).orElseThrow();
        return new co.presencia.sector.Sector(code, activity.title(), ciiu.classesOf(activity).stream()
                .map(co.presencia.sector.CiiuActivity::code).collect(Collectors.toCollection(java.util.TreeSet::new)));
    }
}
