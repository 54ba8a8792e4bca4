package co.presencia.feature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class InMemoryFeatureCollectionTest {

    private final InMemoryFeatureCollection collection =
            new InMemoryFeatureCollection(FeatureFixtures.METADATA, FeatureFixtures.features(), "v1");

    private static FeatureQuery query(Envelope bbox, int limit, int offset, Map<String, String> filters) {
        return new FeatureQuery(bbox == null ? null : LonLatBox.of(bbox), limit, offset, filters, Map.of());
    }

    @Test
    void pagesKeepTheCollectionOrderAndCountEveryMatch() {
        FeaturePage first = collection.items(query(null, 2, 0, Map.of()));
        FeaturePage second = collection.items(query(null, 2, 2, Map.of()));
        assertThat(first.features()).extracting(Feature::id).containsExactly("05001", "52835");
        assertThat(second.features()).extracting(Feature::id).containsExactly("27001", "94343");
        assertThat(first.numberMatched()).isEqualTo(4);
        assertThat(collection.items(query(null, 2, 10, Map.of())).features()).isEmpty();
    }

    @Test
    void bboxKeepsFeaturesWhoseGeometryIntersectsNotJustTheirEnvelope() {
        // Inside the hole of 94343 and inside no square: nothing intersects.
        assertThat(collection.items(query(new Envelope(-73.2, -72.8, 0.4, 0.6), 10, 0, Map.of())).features()).isEmpty();
        // Touching the edge shared by 05001 and 52835.
        assertThat(collection.items(query(new Envelope(-74.1, -73.9, -0.5, -0.4), 10, 0, Map.of())).features())
                .extracting(Feature::id).containsExactly("05001", "52835");
    }

    @Test
    void aBoxAcrossTheAntimeridianMatchesOnEitherSide() {
        // 170°E eastwards to 73.5°W: the western part reaches 05001, 52835 and the ring of 94343.
        FeaturePage page = collection.items(new FeatureQuery(new LonLatBox(170, -2, -73.5, 2), 10, 0, Map.of(), Map.of()));
        assertThat(page.features()).extracting(Feature::id).containsExactly("05001", "52835", "94343");
        assertThat(collection.items(new FeatureQuery(new LonLatBox(177, 65, -177, 70), 10, 0, Map.of(), Map.of())).numberMatched())
                .isZero();
    }

    @Test
    void booleanFiltersTakeOneAndZeroAndRejectAnythingElse() {
        for (String yes : new String[] {"true", "1", "TRUE"}) {
            assertThat(collection.items(query(null, 10, 0, Map.of("pdet", yes))).features()).as(yes)
                    .extracting(Feature::id).containsExactly("05001", "27001");
        }
        assertThat(collection.items(query(null, 10, 0, Map.of("pdet", "0"))).features())
                .extracting(Feature::id).containsExactly("52835", "94343");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> collection.items(query(null, 10, 0, Map.of("pdet", "si"))))
                .isInstanceOf(InvalidFeatureQueryException.class).hasMessageContaining("pdet");
    }

    @Test
    void filtersCompareTheTextFormOfValues() {
        assertThat(collection.items(query(null, 10, 0, Map.of("pdet", "true"))).features())
                .extracting(Feature::id).containsExactly("05001", "27001");
        assertThat(collection.items(query(null, 10, 0, Map.of("code", "05001", "pdet", "true"))).numberMatched()).isEqualTo(1);
        assertThat(collection.items(query(null, 10, 0, Map.of("code", "5001"))).numberMatched()).isZero();
    }

    @Test
    void itemFindsByIdWithItsLeadingZero() {
        assertThat(collection.item("05001", Map.of())).map(f -> f.property("name")).contains("Medellín");
        assertThat(collection.item("5001", Map.of())).isEmpty();
    }
}
