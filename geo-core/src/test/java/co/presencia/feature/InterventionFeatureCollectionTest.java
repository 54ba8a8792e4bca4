package co.presencia.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.presencia.intervention.Axis;
import co.presencia.intervention.CompanySize;
import co.presencia.intervention.DatasetSummary;
import co.presencia.intervention.Placement;
import co.presencia.intervention.PointFilter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The equality filters of the interventions collection become store filters with the semantics of the in-memory
 * collections (equality on the text form of the property), and the version tag follows the stored datasets.
 * The SQL side is in InterventionRepositoryContract; the HTTP side in the web module's CoverageCollectionsTest.
 */
class InterventionFeatureCollectionTest {

    @Test
    void filtersOnTheTextFormOfEachProperty() {
        PointFilter f = InterventionFeatureCollection.filter(Map.of("year", "2023", "program", "SENAInnova", "axis", "calidad",
                "size", "unidad-productiva", "municipality_code", "05001", "department_code", "05", "placement", "POINT_SWAPPED"))
                .orElseThrow();
        assertThat(f.year()).isEqualTo(2023);
        assertThat(f.program()).isEqualTo("SENAInnova");
        assertThat(f.axis()).isEqualTo(Axis.CALIDAD);
        assertThat(f.size()).isEqualTo(CompanySize.UNIDAD_PRODUCTIVA);
        assertThat(f.municipality().value()).isEqualTo("05001");
        assertThat(f.department().value()).isEqualTo("05");
        assertThat(f.placement()).isEqualTo(Placement.POINT_SWAPPED);
        assertThat(f.minLongitude()).isNull();
        assertThat(InterventionFeatureCollection.filter(Map.of()).orElseThrow()).isEqualTo(PointFilter.ALL);
    }

    @ParameterizedTest(name = "{0}={1} matches nothing")
    @CsvSource({"year, dos mil", "year, 23", "axis, quality", "axis, Calidad", "size, pequeña", "municipality_code, 5001",
            "municipality_code, 00001", "department_code, 5", "department_code, 00", "placement, point"})
    void valuesNoPointCanHaveMatchNothing(String name, String value) {
        assertThat(InterventionFeatureCollection.filter(Map.of(name, value))).isEmpty();
    }

    @Test
    void aFilterOnAnUnknownPropertyIsRefused() {
        assertThatThrownBy(() -> InterventionFeatureCollection.filter(Map.of("beneficiary_id", "900123456")))
                .isInstanceOf(InvalidFeatureQueryException.class);
    }

    @Test
    void theVersionFollowsEveryStoredDataset() {
        Instant created = Instant.parse("2024-01-01T00:00:00Z");
        DatasetSummary demo = new DatasetSummary("demo", "Demo", true, 10, 9, 3, created, created.plusSeconds(60), "a.csv", "c1");
        DatasetSummary reimported = new DatasetSummary("demo", "Demo", true, 10, 9, 3, created, created.plusSeconds(120), "a.csv", "c1");
        DatasetSummary changed = new DatasetSummary("demo", "Demo", true, 11, 9, 3, created, created.plusSeconds(60), "a.csv", "c2");
        DatasetSummary other = new DatasetSummary("otro", "Otro", false, 0, 0, 0, created, null, null, null);
        String v = DatasetsVersion.of("t1", List.of(demo));
        assertThat(DatasetsVersion.of("t1", List.of(demo))).isEqualTo(v).startsWith("t1-");
        assertThat(DatasetsVersion.of("t1", List.of(reimported))).isNotEqualTo(v);
        assertThat(DatasetsVersion.of("t1", List.of(changed))).isNotEqualTo(v);
        assertThat(DatasetsVersion.of("t1", List.of(demo, other))).isNotEqualTo(v);
        assertThat(DatasetsVersion.of("t2", List.of(demo))).isNotEqualTo(v);
    }
}
