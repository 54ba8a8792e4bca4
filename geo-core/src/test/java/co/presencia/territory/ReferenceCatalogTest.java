package co.presencia.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import co.presencia.testing.ReferenceData;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalog built from the real DANE/DNP/ART files has the counts DOMAIN.md states. */
class ReferenceCatalogTest {

    private final ReferenceCatalog catalog = ReferenceData.catalog();

    @Test
    void mgn2018HasEveryUnitAndThirtyThreeDepartments() {
        assertThat(catalog.municipalities()).hasSize(1122);
        assertThat(catalog.departments()).hasSize(33);
        assertThat(catalog.loadReport().municipalities()).isEqualTo(1122);
    }

    @Test
    void vintageOf2023FoldsMapiripanaIntoBarrancominas() {
        assertThat(catalog.vintage(2018).size()).isEqualTo(1122);
        assertThat(catalog.vintage(2023).size()).isEqualTo(1121);
        assertThat(catalog.vintage(2023).resolve(new DivipolaCode("94663"))).contains(new DivipolaCode("94343"));
        assertThat(catalog.vintage(2018).resolve(new DivipolaCode("94663"))).contains(new DivipolaCode("94663"));
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
        assertThat(departments.municipalities()).hasSize(1122);
        assertThat(departments.territory("11").orElseThrow().municipalities()).containsExactly(new DivipolaCode("11001"));
    }

    @Test
    void boundaryLoadFindsACleanCoverage() {
        assertThat(catalog.loadReport().coverageIssues()).isEmpty();
        assertThat(catalog.loadReport().fieldConvention()).startsWith("MGN 2018");
        assertThat(catalog.loadReport().municipalCrs()).contains("EPSG:4326");
    }
}
