package co.presencia.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import co.presencia.coverage.CoverageFigures.Headline;
import co.presencia.intervention.Axis;
import co.presencia.intervention.CompanySize;
import co.presencia.intervention.Intervention;
import co.presencia.intervention.Placement;
import co.presencia.spatial.MunicipalAdjacency;
import co.presencia.territory.DepartmentCode;
import co.presencia.territory.DivipolaCode;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.territory.TerritoryGroup;
import co.presencia.testing.ReferenceData;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/**
 * Every figure on a hand-made fixture whose expected values were worked out by hand (comments give the reasoning).
 * PDET membership: 52835 Tumaco and 52079 Barbacoas are PDET (Pacífico y Frontera Nariñense); 05001, 11001, 52001,
 * 27001, 94343 are not. 94663 Mapiripana is in force until 2019, then counts in 94343 Barrancominas.
 */
class CoverageFiguresTest {

    private static final ReferenceCatalog CATALOG = ReferenceData.catalog();
    private static final List<Intervention> FIXTURE = List.of(
            record("r1", "b1", 2023, "Fábricas de Productividad", Axis.PRODUCTIVIDAD, CompanySize.MICRO, "05001"),
            record("r2", "b1", 2023, "Calidad para la Internacionalización", Axis.CALIDAD, CompanySize.MICRO, "05001"),
            record("r3", "b2", 2023, "Fabricas de productividad", Axis.PRODUCTIVIDAD, CompanySize.GRANDE, "11001"),
            record("r4", "b3", 2023, "Crecer Juntos", Axis.ECONOMIA_POPULAR, CompanySize.UNIDAD_PRODUCTIVA, "52835"),
            record("r5", "b3", 2023, "Crecer Juntos", Axis.ECONOMIA_POPULAR, CompanySize.UNIDAD_PRODUCTIVA, "52001"),
            record("r6", "b4", 2022, "Fábricas de Productividad", Axis.PRODUCTIVIDAD, CompanySize.PEQUENA, "27001"),
            record("r7", "b5", 2018, "EnCadena", Axis.ENCADENAMIENTOS, CompanySize.MEDIANA, "94663"),
            record("r8", "b6", 2023, "EnCadena", Axis.ENCADENAMIENTOS, null, "94663"));
    private static final CoverageIndex INDEX = CoverageIndex.build(CATALOG, sink -> FIXTURE.forEach(sink));

    @Test
    void headlineFor2023() {
        CoverageCounts counts = INDEX.count(CoverageFilter.ofYear(2023), 2023);
        Headline h = CoverageFigures.headline(counts, CATALOG);
        // r1 r2 r3 r4 r5 r8; b1 b2 b3 b6.
        assertThat(h.interventions()).isEqualTo(6);
        assertThat(h.beneficiaries()).isEqualTo(4);
        // 05001 11001 52835 52001 and 94343 (r8's Mapiripana resolved to its successor), of 1,121 in force.
        assertThat(h.municipalities().reached()).isEqualTo(5);
        assertThat(h.municipalities().of()).isEqualTo(1121);
        assertThat(h.municipalities().share()).isCloseTo(5 / 1121.0, within(1e-12));
        assertThat(h.denominator().units()).isEqualTo(1121);
        assertThat(counts.reached(new DivipolaCode("94343"))).isTrue();
        assertThat(counts.reached(new DivipolaCode("94663"))).isFalse();
        // 05 11 52 94.
        assertThat(h.departments().reached()).isEqualTo(4);
        assertThat(h.departments().of()).isEqualTo(33);
        // Tumaco only.
        assertThat(h.pdetMunicipalities()).isEqualTo(new CoverageFigures.Reach(1, 170, 1 / 170.0));
        assertThat(h.pdetSubregions().reached()).isEqualTo(1);
        assertThat(h.pdetSubregions().of()).isEqualTo(16);
        // ZOMAC: Tumaco (52835) only; Quibdó is ZOMAC but its record is from 2022.
        assertThat(h.zomacMunicipalities().reached()).isEqualTo(1);
        assertThat(h.zomacMunicipalities().of()).isEqualTo(344);
        // Under 200k in 2023: Barrancominas (10,815) only; Tumaco has 265,599, Pasto 410,835.
        assertThat(h.populationBand().reached()).isEqualTo(1);
        // Latest sizes: b1 micro, b2 grande, b3 unidad productiva (not a company), b6 unknown: 1 mipyme of 2 companies.
        assertThat(h.mipyme()).isEqualTo(new CoverageFigures.Share(1, 2, 0.5));
        // All five reached units have one beneficiary; top 10 hold 5 beneficiary-municipality pairs of 4 beneficiaries.
        assertThat(h.concentrationTop10().count()).isEqualTo(5);
        assertThat(h.concentrationTop10().of()).isEqualTo(4);
    }

    @Test
    void departmentSharesCountABeneficiaryOncePerDepartment() {
        CoverageCounts counts = INDEX.count(CoverageFilter.ofYear(2023), 2023);
        Map<String, CoverageFigures.DepartmentRow> rows = new TreeMap<>();
        CoverageFigures.departments(counts, CATALOG).forEach(r -> rows.put(r.code(), r));
        // b3 has two interventions in two Nariño municipalities: one beneficiary, two interventions, two units reached.
        assertThat(rows.get("52").beneficiaries()).isEqualTo(1);
        assertThat(rows.get("52").interventions()).isEqualTo(2);
        assertThat(rows.get("52").municipalitiesReached()).isEqualTo(2);
        assertThat(rows.get("52").share()).isEqualTo(0.25);
        assertThat(rows.get("05").interventions()).isEqualTo(2);
        assertThat(rows.get("27").beneficiaries()).isZero();
        assertThat(rows).hasSize(33);
    }

    @Test
    void rankingConcentrationAndMunicipalRows() {
        CoverageCounts counts = INDEX.count(CoverageFilter.ofYear(2023), 2023);
        // Ties on beneficiaries are broken by interventions (Medellín has 2), then by code.
        assertThat(counts.rankedMunicipalities()).extracting(m -> m.code().value())
                .containsExactly("05001", "11001", "52001", "52835", "94343");
        assertThat(counts.concentration(2)).isEqualTo(new CoverageCounts.Ratio(2, 4));
        List<CoverageFigures.MunicipalityRow> national = CoverageFigures.municipalities(counts, CATALOG);
        assertThat(national).hasSize(1121);
        assertThat(national.get(2).code()).isEqualTo("52001");
        assertThat(national.get(2).rank()).isEqualTo(3);
        assertThat(national.get(5).rank()).as("units not reached follow, unranked").isZero();
        // A department filter restricts the interventions counted and the rows: Pasto and Tumaco rank 1 and 2 in Nariño.
        CoverageCounts inNariño = INDEX.count(CoverageFilter.ofYear(2023).withDepartments(Set.of(new DepartmentCode("52"))), 2023);
        List<CoverageFigures.MunicipalityRow> nariño = CoverageFigures.municipalities(inNariño, CATALOG);
        assertThat(nariño).hasSize(64);
        assertThat(nariño.get(0).code()).isEqualTo("52001");
        assertThat(nariño.get(0).rank()).isEqualTo(1);
        assertThat(nariño.get(2).reached()).isFalse();
        assertThat(CoverageFigures.departments(inNariño, CATALOG)).extracting(CoverageFigures.DepartmentRow::code)
                .containsExactly("52");
        CoverageFigures.MunicipalityRow tumaco = nariño.get(1);
        assertThat(tumaco.rank()).isEqualTo(2);
        assertThat(tumaco.per10k()).isCloseTo(10_000.0 / CATALOG.municipality(new DivipolaCode("52835")).orElseThrow().populationIn(2023).orElseThrow(), within(1e-9));
    }

    @Test
    void allYearsWithTheLatestVintage() {
        CoverageCounts counts = INDEX.count(CoverageFilter.ALL, 2023);
        assertThat(counts.interventions()).isEqualTo(8);
        assertThat(counts.beneficiaries()).isEqualTo(6);
        // + Quibdó; Barrancominas now holds b5 (2018, Mapiripana) and b6.
        assertThat(counts.municipalitiesReached()).isEqualTo(6);
        assertThat(counts.beneficiariesIn(new DivipolaCode("94343"))).isEqualTo(2);
    }

    @Test
    void in2018MapiripanaIsItsOwnUnit() {
        CoverageCounts counts = INDEX.count(CoverageFilter.ofYear(2018), 2018);
        assertThat(counts.interventions()).isEqualTo(1);
        assertThat(counts.reached(new DivipolaCode("94663"))).isTrue();
        assertThat(counts.vintage().size()).isEqualTo(1122);
    }

    @Test
    void filtersByAxisProgramSizeAndDepartment() {
        CoverageFilter y2023 = CoverageFilter.ofYear(2023);
        assertThat(INDEX.count(y2023.withAxes(EnumSet.of(Axis.CALIDAD)), 2023).interventions()).isEqualTo(1);
        // Accent- and case-insensitive program match: r1 and r3 (r6 is 2022).
        CoverageCounts fabricas = INDEX.count(y2023.withPrograms(Set.of("FABRICAS DE PRODUCTIVIDAD")), 2023);
        assertThat(fabricas.interventions()).isEqualTo(2);
        assertThat(fabricas.beneficiaries()).isEqualTo(2);
        CoverageCounts micro = INDEX.count(y2023.withSizes(EnumSet.of(CompanySize.MICRO)), 2023);
        assertThat(micro.beneficiaries()).isEqualTo(1);
        assertThat(micro.interventions()).isEqualTo(2);
        CoverageCounts narino = INDEX.count(y2023.withDepartments(Set.of(new DepartmentCode("52"))), 2023);
        assertThat(narino.interventions()).isEqualTo(2);
        assertThat(narino.beneficiaries()).isEqualTo(1);
        assertThat(narino.municipalitiesReached()).isEqualTo(2);
        assertThat(INDEX.count(y2023.withPrograms(Set.of("No existe")), 2023).interventions()).isZero();
    }

    @Test
    void focusIndicatorAndTerritoryRows() {
        TerritoryGroup pdet = CATALOG.group("pdet").orElseThrow();
        CoverageCounts counts = INDEX.count(CoverageFilter.ofYear(2023), 2023, pdet);
        // r4 (Tumaco) of 6 interventions.
        assertThat(counts.interventionsAmong(pdet.municipalities())).isEqualTo(new CoverageCounts.Ratio(1, 6));
        CoverageFigures.TerritoryRow pacifico = CoverageFigures.territories(counts, CATALOG).stream()
                .filter(r -> r.id().equals("10")).findFirst().orElseThrow();
        assertThat(pacifico.reached()).isTrue();
        assertThat(pacifico.beneficiaries()).isEqualTo(1);
        assertThat(pacifico.interventions()).isEqualTo(1);
        assertThat(pacifico.municipalities()).isEqualTo(11);
        assertThat(CoverageFigures.territories(counts, CATALOG).stream().filter(CoverageFigures.TerritoryRow::reached)).hasSize(1);
    }

    @Test
    void gapsListUnreachedTerritoriesAndUnreachedNeighboursOfReachedUnits() {
        TerritoryGroup pdet = CATALOG.group("pdet").orElseThrow();
        Map<DivipolaCode, Geometry> polygons = new TreeMap<>();
        CATALOG.municipalitiesWithBoundary().forEach(m -> polygons.put(m.code(), m.geometry()));
        Gaps.Report gaps = Gaps.of(INDEX.count(CoverageFilter.ofYear(2023), 2023), CATALOG, pdet, MunicipalAdjacency.build(polygons));
        assertThat(gaps.territories()).isEqualTo(16);
        assertThat(gaps.territoriesUnreached()).isEqualTo(15);
        assertThat(gaps.unreachedTerritories()).extracting(Gaps.UnreachedTerritory::id).doesNotContain("10");
        assertThat(gaps.unreachedTerritories()).allSatisfy(t -> assertThat(t.population()).isPositive());
        assertThat(gaps.borderingReached()).anySatisfy(b -> {
            assertThat(b.code()).isEqualTo("52079");
            assertThat(b.reachedNeighbours()).contains("52835");
        });
        assertThat(gaps.borderingReached()).allSatisfy(b -> assertThat(b.reachedNeighbours()).isNotEmpty());
    }

    @Test
    void yearOverYearComparesTheSameFigure() {
        CoverageCounts y2022 = INDEX.count(CoverageFilter.ofYear(2022), 2022);
        CoverageCounts y2023 = INDEX.count(CoverageFilter.ofYear(2023), 2023);
        YearOverYear change = YearOverYear.of(CoverageFigures.headline(y2022, CATALOG), CoverageFigures.headline(y2023, CATALOG));
        assertThat(change.from()).isEqualTo(2022);
        assertThat(change.to()).isEqualTo(2023);
        assertThat(change.changes()).anySatisfy(c -> {
            assertThat(c.figure()).isEqualTo("municipalities");
            assertThat(c.before()).isEqualTo(1.0);
            assertThat(c.after()).isEqualTo(5.0);
            assertThat(c.change()).isEqualTo(4.0);
        });
    }

    @Test
    void targetsReportMetNotMetAndNoData() {
        CoverageFilter y2023 = CoverageFilter.ofYear(2023);
        assertThat(TargetEvaluation.evaluate(new Target("focus", "10 % PDET", Indicator.FOCUS_PERCENT, "pdet", y2023, 10, null), INDEX))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(TargetEvaluation.Status.MET);
                    assertThat(e.achieved()).isCloseTo(100.0 / 6, within(1e-9));
                });
        assertThat(TargetEvaluation.evaluate(new Target("munis", "10 municipios", Indicator.MUNICIPALITIES_REACHED, null, y2023, 10, null), INDEX))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(TargetEvaluation.Status.NOT_MET);
                    assertThat(e.achieved()).isEqualTo(5.0);
                });
        assertThat(TargetEvaluation.evaluate(new Target("future", "2030", Indicator.BENEFICIARIES, null, CoverageFilter.ofYear(2030), 1, null), INDEX).status())
                .isEqualTo(TargetEvaluation.Status.NO_DATA);
        assertThat(TargetEvaluation.evaluate(new Target("ecb", "ECB", Indicator.GROUP_TERRITORIES_REACHED, "ecb", y2023, 19, null), INDEX))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(TargetEvaluation.Status.NO_DATA);
                    assertThat(e.reason()).contains("ecb");
                });
        assertThat(TargetEvaluation.evaluate(new Target("mipyme", "mipymes", Indicator.MIPYME_PERCENT, null, y2023, 30, null), INDEX).achieved())
                .isCloseTo(50.0, within(1e-9));
    }

    @Test
    void summaryInSpanishAndEnglishWithColombianNumbers() {
        TerritorialSummary.Summary es = TerritorialSummary.write(INDEX, CoverageFilter.ofYear(2023), 2023, "Prueba",
                TerritorialSummary.Language.ES);
        assertThat(es.paragraphs().get(0)).isEqualTo("En 2023, los instrumentos del conjunto «Prueba» llegaron a 4 beneficiarios mediante 6 intervenciones en 5 municipios"
                + " (0,4 % de los 1.121 municipios y áreas no municipalizadas vigentes) de 4 departamentos. De estos municipios, 1 es PDET"
                + " y 1 tiene menos de 200.000 habitantes. El 50,0 % de las empresas beneficiarias son mipymes.");
        assertThat(es.text()).contains("Medellín", "Antioquia (25,0 %)", "Productividad:", "Calidad:");
        TerritorialSummary.Summary en = TerritorialSummary.write(INDEX, CoverageFilter.ofYear(2023), 2023, "Test",
                TerritorialSummary.Language.EN);
        assertThat(en.paragraphs().get(0)).contains("5 municipalities (0.4% of the 1,121 units in force)");
        TerritorialSummary.Summary narino = TerritorialSummary.write(INDEX, CoverageFilter.ofYear(2023).withDepartments(Set.of(new DepartmentCode("52"))),
                2023, "Prueba", TerritorialSummary.Language.ES);
        // One department: named, and nouns agree with the number.
        assertThat(narino.paragraphs().get(0)).startsWith("En 2023 y en Nariño, los instrumentos del conjunto «Prueba» llegaron a 1 beneficiario"
                + " mediante 2 intervenciones en 2 municipios").contains("de 1 departamento.");
    }

    private static Intervention record(String id, String beneficiary, int year, String program, Axis axis, CompanySize size, String code) {
        return new Intervention(id, beneficiary, year, program, axis, size, new DivipolaCode(code), Placement.CODE,
                null, null, null, null, null, null, 2);
    }
}
