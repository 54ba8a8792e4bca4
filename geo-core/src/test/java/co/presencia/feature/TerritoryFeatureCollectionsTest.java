package co.presencia.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import co.presencia.territory.DivipolaCode;
import co.presencia.territory.ReferenceCatalog;
import co.presencia.testing.ReferenceData;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The territory collections built from the real MGN 2018 catalog. */
class TerritoryFeatureCollectionsTest {

    private static final ReferenceCatalog CATALOG = ReferenceData.catalog();
    private static final FeatureCollections COLLECTIONS =
            new FeatureCollections(java.util.List.of(new TerritoryFeatureCollections(CATALOG, 2023, "test")));

    private static FeatureCollection collection(String id) {
        return COLLECTIONS.get(id).orElseThrow();
    }

    @Test
    void servesEveryMgn2018UnitDepartmentAndPdetSubregion() {
        assertThat(COLLECTIONS.all()).extracting(c -> c.metadata().id())
                .containsExactly("municipalities", "departments", "pdet-subregions");
        // Without a year: every unit known, the 1,122 MGN 2018 units and 27493 (DIVIPOLA 2024, no boundary yet).
        assertThat(collection("municipalities").items(FeatureQuery.all()).numberMatched()).isEqualTo(1123);
        assertThat(collection("departments").items(FeatureQuery.all()).numberMatched()).isEqualTo(33);
        assertThat(collection("pdet-subregions").items(FeatureQuery.all()).numberMatched()).isEqualTo(16);
    }

    @Test
    void yearKeepsTheUnitsInForceAndGivesMapiripanasTerritoryToBarrancominas() {
        FeatureCollection municipalities = collection("municipalities");
        FeaturePage in2023 = municipalities.items(FeatureQuery.all(Map.of(), Map.of("year", "2023")));
        assertThat(in2023.numberMatched()).isEqualTo(1121);
        double barrancominas = CATALOG.municipality(new DivipolaCode("94343")).orElseThrow().areaKm2();
        double mapiripana = CATALOG.municipality(new DivipolaCode("94663")).orElseThrow().areaKm2();
        Feature merged = municipalities.item("94343", Map.of("year", "2023")).orElseThrow();
        assertThat((Double) merged.property("area_km2")).isCloseTo(barrancominas + mapiripana, within(0.02));
        assertThat(merged.geometry().isValid()).isTrue();
        assertThat(municipalities.item("94663", Map.of("year", "2018"))).isPresent();
        assertThat(municipalities.item("94663", Map.of("year", "2023"))).isEmpty();
    }

    @Test
    void municipalitiesCarryTheirAttributes() {
        Feature tumaco = collection("municipalities").item("52835", Map.of()).orElseThrow();
        assertThat(tumaco.properties()).containsEntry("department_code", "52").containsEntry("type", "MUNICIPIO")
                .containsEntry("pdet", true).containsEntry("zomac", true).containsEntry("population_year", 2023)
                .containsKeys("population", "area_km2", "density_km2", "pdet_subregion", "rurality");
        assertThat(tumaco.geometry().getSRID()).isEqualTo(4326);
    }

    @Test
    void pdetSubregionsAreTheUnionOfTheirMunicipalities() {
        FeaturePage all = collection("pdet-subregions").items(FeatureQuery.all());
        long members = all.features().stream().mapToLong(f -> ((Number) f.property("municipalities")).longValue()).sum();
        assertThat(members).isEqualTo(170);
        for (Feature f : all.features()) {
            assertThat(f.geometry().isValid()).as(f.id()).isTrue();
            double area = co.presencia.spatial.CrsTransform.areaKm2(f.geometry());
            assertThat(area).as(f.id()).isCloseTo((Double) f.property("area_km2"), within((Double) f.property("area_km2") * 0.001));
        }
    }

    @Test
    void filtersOnQueryablesAndRejectsABadYear() {
        FeaturePage antioquia = collection("municipalities").items(
                new FeatureQuery(null, 500, 0, Map.of("department_code", "05", "type", "MUNICIPIO"), Map.of()));
        assertThat(antioquia.numberMatched()).isEqualTo(125);
        assertThatThrownBy(() -> collection("departments").items(FeatureQuery.all(Map.of(), Map.of("year", "1990"))))
                .isInstanceOf(InvalidFeatureQueryException.class).hasMessageContaining("2005");
    }
}
