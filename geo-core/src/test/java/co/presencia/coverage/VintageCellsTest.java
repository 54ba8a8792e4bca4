package co.presencia.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.intervention.Axis;
import co.presencia.intervention.CompanySize;
import co.presencia.intervention.Intervention;
import co.presencia.intervention.Placement;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.Municipality;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.Territory;
import co.presencia.territory.TerritoryGroup;
import co.presencia.testing.ReferenceData;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The precomputed cells ({@link VintageCells}) answer exactly what a pass over the records answers, figure by figure,
 * under hundreds of random filters: beneficiaries with records in several municipalities, departments and years,
 * records without axis or company size, 2018 records in 94663 Mapiripana (counted in 94343 Barrancominas from 2020),
 * PDET subregions that span departments, a department the index has no record in, and one it does not know.
 */
class VintageCellsTest {

    private static final String[] PROGRAMS = {"Fábricas de Productividad", "Productividad Verde", "EnCadena", "SENAInnova",
            "Mujeres más Productivas", "Territorios Clúster", "Empretur", "Sin eje"};
    private static ReferenceCatalog catalog;
    private static CoverageIndex index;

    @BeforeAll
    static void index() {
        catalog = ReferenceData.catalog();
        List<Municipality> units = new ArrayList<>(catalog.municipalities());
        Municipality mapiripana = catalog.municipality(new DivipolaCode("94663")).orElseThrow();
        SplittableRandom random = new SplittableRandom(5);
        List<Intervention> records = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            int beneficiary = random.nextInt(6_000);
            // A beneficiary keeps to a few places, as firms do: its "home" municipality and its neighbours in the list.
            int home = Math.floorMod(beneficiary * 7919, units.size());
            Municipality m = random.nextInt(50) == 0 ? mapiripana : units.get(Math.floorMod(home + random.nextInt(3) - 1, units.size()));
            int year = 2018 + random.nextInt(6);
            int p = random.nextInt(PROGRAMS.length);
            Axis axis = p == PROGRAMS.length - 1 ? null : Axis.values()[p % Axis.values().length];
            CompanySize size = random.nextInt(10) == 0 ? null : CompanySize.values()[random.nextInt(CompanySize.values().length)];
            records.add(new Intervention("R" + i, "B" + beneficiary, year, PROGRAMS[p], axis, size, m.code(), Placement.CODE,
                    null, null, null, null, null, null, i + 2));
        }
        index = CoverageIndex.build(catalog, sink -> records.forEach(sink));
    }

    @Test
    void cellsAndThePassAgreeUnderRandomFilters() {
        SplittableRandom random = new SplittableRandom(11);
        List<DepartmentCode> departments = catalog.departments().stream().map(d -> d.department().code()).toList();
        TerritoryGroup pdet = catalog.group("pdet").orElseThrow();
        for (int i = 0; i < 400; i++) {
            CoverageFilter filter = randomFilter(random, departments);
            int reportingYear = filter.reportingYear(2018 + random.nextInt(6));
            TerritoryGroup group = random.nextBoolean() ? pdet : null;
            assertSame(filter, reportingYear, group);
        }
    }

    @Test
    void edgeFilters() {
        TerritoryGroup pdet = catalog.group("pdet").orElseThrow();
        for (int year : new int[] {2018, 2019, 2020, 2023}) {
            assertSame(CoverageFilter.ALL, year, pdet);
            assertSame(CoverageFilter.ofYear(year), year, pdet);
            assertSame(CoverageFilter.ALL.withDepartments(Set.of(new DepartmentCode("94"))), year, pdet);
            assertSame(CoverageFilter.ALL.withDepartments(Set.of(new DepartmentCode("99"))), year, null);
            assertSame(CoverageFilter.ALL.withPrograms(Set.of("sin eje")), year, pdet);
            assertSame(CoverageFilter.ALL.withPrograms(Set.of("no existe")), year, pdet);
            assertSame(CoverageFilter.ALL.withSizes(EnumSet.of(CompanySize.GRANDE)).withAxes(EnumSet.of(Axis.values()[0])), year, null);
        }
    }

    private static void assertSame(CoverageFilter filter, int reportingYear, TerritoryGroup group) {
        CoverageCounts cells = index.count(filter, reportingYear, group);
        CoverageCounts pass = index.countByPass(filter, reportingYear, group);
        String what = filter + " in " + reportingYear + (group == null ? "" : " with " + group.id());
        assertThat(cells.beneficiaries()).as(what).isEqualTo(pass.beneficiaries());
        assertThat(cells.interventions()).as(what).isEqualTo(pass.interventions());
        for (Municipality m : catalog.municipalities()) {
            assertThat(cells.beneficiariesIn(m.code())).as(what + " " + m.code()).isEqualTo(pass.beneficiariesIn(m.code()));
            assertThat(cells.interventionsIn(m.code())).as(what + " " + m.code()).isEqualTo(pass.interventionsIn(m.code()));
        }
        for (var d : catalog.departments()) {
            DepartmentCode code = d.department().code();
            assertThat(cells.beneficiariesIn(code)).as(what + " " + code).isEqualTo(pass.beneficiariesIn(code));
            assertThat(cells.interventionsIn(code)).as(what + " " + code).isEqualTo(pass.interventionsIn(code));
        }
        for (CompanySize size : CompanySize.values()) {
            assertThat(cells.beneficiariesOfSize(size)).as(what + " " + size).isEqualTo(pass.beneficiariesOfSize(size));
        }
        if (group != null) {
            for (Territory t : group.territories()) {
                assertThat(cells.beneficiariesIn(t)).as(what + " " + t.id()).isEqualTo(pass.beneficiariesIn(t));
                assertThat(cells.interventionsIn(t)).as(what + " " + t.id()).isEqualTo(pass.interventionsIn(t));
            }
        }
    }

    private static CoverageFilter randomFilter(SplittableRandom random, List<DepartmentCode> departments) {
        CoverageFilter f = CoverageFilter.ALL;
        if (random.nextInt(4) > 0) {
            Set<Integer> years = new HashSet<>();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                years.add(2018 + random.nextInt(6));
            }
            f = f.withYears(years);
        }
        if (random.nextBoolean()) {
            f = f.withAxes(EnumSet.of(Axis.values()[random.nextInt(Axis.values().length)]));
        }
        if (random.nextInt(3) == 0) {
            f = f.withPrograms(Set.of(PROGRAMS[random.nextInt(PROGRAMS.length)]));
        }
        if (random.nextBoolean()) {
            Set<CompanySize> sizes = EnumSet.noneOf(CompanySize.class);
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                sizes.add(CompanySize.values()[random.nextInt(CompanySize.values().length)]);
            }
            f = f.withSizes(sizes);
        }
        if (random.nextInt(3) == 0) {
            f = f.withDepartments(Set.of(departments.get(random.nextInt(departments.size()))));
        }
        return f;
    }
}
