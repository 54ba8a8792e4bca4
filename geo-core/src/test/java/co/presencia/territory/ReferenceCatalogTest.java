package co.presencia.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import co.presencia.testing.ReferenceData;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalog built from the real DANE/DNP/ART files has the counts DOMAIN.md states. */
class ReferenceCatalogTest {

    private static final DivipolaCode BAJIRA = new DivipolaCode("27493");

    private final ReferenceCatalog catalog = ReferenceData.catalog();

    @Test
    void everyMgn2018UnitThirtyThreeDepartmentsAndTheDivipolaUnitNoMgnDrawsYet() {
        assertThat(catalog.municipalities()).hasSize(1123);
        assertThat(catalog.municipalities().stream().filter(Municipality::boundaryPublished)).hasSize(1122);
        assertThat(catalog.departments()).hasSize(33);
        assertThat(catalog.loadReport().municipalities()).isEqualTo(1122);
        Municipality bajira = catalog.municipality(BAJIRA).orElseThrow();
        assertThat(bajira.name()).isEqualTo("Nuevo Belén de Bajirá");
        assertThat(bajira.department().name()).isEqualTo("Chocó");
        assertThat(bajira.boundaryPublished()).isFalse();
        assertThat(bajira.areaKm2()).as("its territory is still counted in Riosucio's area").isZero();
        assertThat(bajira.populationIn(2024)).as("DANE's projections predate it").isEmpty();
        assertThat(bajira.seat().getX()).isCloseTo(-76.844188, within(1e-6));
        assertThat(bajira.seat().getY()).isCloseTo(7.439023, within(1e-6));
        assertThat(bajira.seat().getSRID()).isEqualTo(4326);
    }

    @Test
    void vintagesFoldMapiripanaIntoBarrancominasAndAddBajiraFrom2024() {
        assertThat(catalog.vintage(2018).size()).isEqualTo(1122);
        assertThat(catalog.vintage(2023).size()).isEqualTo(1121);
        assertThat(catalog.vintage(2023).resolve(new DivipolaCode("94663"))).contains(new DivipolaCode("94343"));
        assertThat(catalog.vintage(2018).resolve(new DivipolaCode("94663"))).contains(new DivipolaCode("94663"));
        assertThat(catalog.vintage(2024).size()).isEqualTo(1122);
        assertThat(catalog.vintage(2030).size()).isEqualTo(1122);
        assertThat(catalog.vintage(2024).contains(BAJIRA)).isTrue();
        assertThat(catalog.vintage(2024).contains(new DivipolaCode("94663"))).isFalse();
        assertThat(catalog.vintage(2024).resolve(BAJIRA)).contains(BAJIRA);
        assertThat(catalog.vintage(2023).contains(BAJIRA)).isFalse();
        assertThat(catalog.vintage(2023).resolve(BAJIRA)).as("segregated from Riosucio in December 2023")
                .contains(new DivipolaCode("27615"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "70823|San José de Toluviejo", "23670|San Andrés de Sotavento", "47170|Chivolo", "73443|San Sebastián de Mariquita",
        "05042|Santa Fé de Antioquia", "05674|San Vicente Ferrer", "13468|Santa Cruz de Mompox", "76001|Santiago de Cali",
        "91263|El Encanto", "91460|Mirití - Paraná", "13838|Turbana", "94343|Barrancominas", "88001|San Andrés",
        "05001|Medellín", "11001|Bogotá, D.C.", "05658|San José de La Montaña", "94663|Mapiripana"})
    void unitsAreNamedAsDivipolaWritesThem(String code, String name) {
        assertThat(catalog.municipality(new DivipolaCode(code)).orElseThrow().name()).isEqualTo(name);
    }

    @Test
    void departmentsAreNamedAsDivipolaWritesThemAndKnowTheirOtherNames() {
        assertThat(catalog.department(new DepartmentCode("88")).orElseThrow().department().name())
                .isEqualTo("Archipiélago de San Andrés, Providencia y Santa Catalina");
        assertThat(catalog.department(new DepartmentCode("11")).orElseThrow().department().name()).isEqualTo("Bogotá, D.C.");
        // Names that differ only in case or accents are kept once (matching ignores both).
        assertThat(catalog.placeNames().department(new DepartmentCode("88")))
                .containsExactly("Archipiélago de San Andrés, Providencia y Santa Catalina", "Archipiélago de San Andrés");
        assertThat(catalog.placeNames().municipality(new DivipolaCode("70823")))
                .containsExactly("San José de Toluviejo", "Tolú Viejo");
        assertThat(catalog.placeNames().municipality(new DivipolaCode("76001"))).containsExactly("Santiago de Cali", "CALI");
    }

    @Test
    void medellinHasItsAttributes() {
        Municipality medellin = catalog.municipality(new DivipolaCode("05001")).orElseThrow();
        assertThat(medellin.name()).isEqualTo("Medellín");
        assertThat(medellin.department().name()).isEqualTo("Antioquia");
        assertThat(medellin.populationIn(2023)).contains(2_595_300L);
        assertThat(medellin.type()).isEqualTo(MunicipalityType.MUNICIPIO);
        assertThat(medellin.rurality()).isEqualTo(RuralityCategory.CIUDADES_Y_AGLOMERACIONES);
        // MGN 2018 official area 374.83 km²; the simplified layer measured in EPSG:9377 is within 2 %.
        assertThat(medellin.areaKm2()).isCloseTo(374.83, within(7.5));
        assertThat(medellin.geometry().getSRID()).isEqualTo(4326);
    }

    @Test
    void sanAndresIsAnIslandAndAmazonasHasAreasNoMunicipalizadas() {
        assertThat(catalog.municipality(new DivipolaCode("88001")).orElseThrow().type()).isEqualTo(MunicipalityType.ISLA);
        long anm = catalog.municipalities().stream().filter(m -> m.type() == MunicipalityType.AREA_NO_MUNICIPALIZADA).count();
        // 18 in DIVIPOLA 2024, plus Mapiripana while it was in force.
        assertThat(anm).isEqualTo(19);
    }

    @Test
    void pdetHasSixteenSubregionsAndOneHundredSeventyMunicipalities() {
        TerritoryGroup pdet = catalog.group("pdet").orElseThrow();
        assertThat(pdet.territories()).hasSize(16);
        assertThat(pdet.municipalities()).hasSize(170);
        Map<String, Integer> sizes = pdet.territories().stream()
                .collect(Collectors.toMap(Territory::name, t -> t.municipalities().size()));
        assertThat(sizes).containsEntry("Alto Patía y Norte del Cauca", 24).containsEntry("Sur del Tolima", 4)
                .containsEntry("Catatumbo", 8);
    }

    @Test
    void zomacHas344MunicipalitiesOf167ArePdet() {
        TerritoryGroup zomac = catalog.group("zomac").orElseThrow();
        assertThat(zomac.municipalities()).hasSize(344);
        long alsoPdet = zomac.municipalities().stream()
                .filter(catalog.group("pdet").orElseThrow().municipalities()::contains).count();
        assertThat(alsoPdet).isEqualTo(167);
    }

    @Test
    void ruralityCategoriesHaveTheDnpTotals() {
        Map<String, Integer> sizes = catalog.group("ruralidad").orElseThrow().territories().stream()
                .collect(Collectors.toMap(Territory::id, t -> t.municipalities().size()));
        assertThat(sizes).containsEntry("ciudades-y-aglomeraciones", 117).containsEntry("intermedio", 314)
                .containsEntry("rural", 373).containsEntry("rural-disperso", 318);
    }

    @Test
    void populationBandCountsUnitsUnder200kIn2023() {
        TerritoryGroup band = catalog.group("poblacion-menor-200k").orElseThrow();
        // 1,121 units in force in 2023, 33 of them with 200,000 inhabitants or more.
        assertThat(band.municipalities()).hasSize(1121 - 33);
    }

    @Test
    void departmentsGroupCoversEveryMunicipality() {
        TerritoryGroup departments = catalog.group("departments").orElseThrow();
        assertThat(departments.territories()).hasSize(33);
        assertThat(departments.municipalities()).as("every unit, Bajirá included").hasSize(1123);
        assertThat(departments.territory("11").orElseThrow().municipalities()).containsExactly(new DivipolaCode("11001"));
    }

    @Test
    void boundaryLoadFindsACleanCoverage() {
        assertThat(catalog.loadReport().coverageIssues()).isEmpty();
        assertThat(catalog.loadReport().fieldConvention()).startsWith("MGN 2018");
        assertThat(catalog.loadReport().municipalCrs()).contains("EPSG:4326");
    }
}
