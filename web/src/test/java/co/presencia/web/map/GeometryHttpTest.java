package co.presencia.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.feature.Feature;
import co.presencia.web.http.ContentCoding;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.WKTReader;

/** The parts of the geometry endpoint that need no server: content coding and the layer documents. */
class GeometryHttpTest {

    @Test
    void eachCodingHasItsOwnStrongTag() {
        assertThat(MapGeometryController.etag("\"abc\"", ContentCoding.IDENTITY)).isEqualTo("\"abc\"");
        assertThat(MapGeometryController.etag("\"abc\"", ContentCoding.GZIP)).isEqualTo("\"abc-gzip\"");
    }

    @Test
    void layersRoundDropRepeatedPositionsAndEscapeText() throws Exception {
        MultiPolygon square = (MultiPolygon) new WKTReader().read(
                "MULTIPOLYGON (((-75.00001 6.00001, -74.99999 6.00002, -74.5 6, -74.5 6.5, -75 6.5, -75.00001 6.00001)),"
                        + " ((1 1, 1.0001 1, 1.0001 1.0001, 1 1)))");
        square.setSRID(4326);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", "San José \"del\" Guaviare\\");
        properties.put("municipalities", 4);
        GeometryPayload payload = MapGeometry.payload(List.of(new Feature("95001", properties, square)), 3);
        String json = new String(payload.json(), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"95001\","
                + "\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[[[-75,6],[-74.5,6],[-74.5,6.5],[-75,6.5],[-75,6]]]]},"
                + "\"properties\":{\"name\":\"San José \\\"del\\\" Guaviare\\\\\",\"municipalities\":4}}]}");
        assertThat(payload.features()).isEqualTo(1);
        assertThat(payload.vertices()).as("the sliver that rounding collapses is left out").isEqualTo(5);
        assertThat(payload.etag()).matches("\"[0-9a-f]{32}\"");
        assertThat(GeometryPayload.of(json, 1, 5).etag()).as("same bytes, same tag").isEqualTo(payload.etag());
        assertThat(payload.gzip().length).isLessThan(payload.json().length + 40);
    }

    @Test
    void theDeltaFormWritesTheSamePositionsAsIntegerDifferences() throws Exception {
        MultiPolygon square = (MultiPolygon) new WKTReader().read(
                "MULTIPOLYGON (((-75.00001 6.00001, -74.99999 6.00002, -74.5 6, -74.5 6.5, -75 6.5, -75.00001 6.00001)))");
        square.setSRID(4326);
        GeometryPayload payload = MapGeometry.payload(List.of(new Feature("95001", Map.of("name", "x"), square)), 3, true);
        String json = new String(payload.json(), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"type\":\"FeatureCollection\",\"encoding\":{\"type\":\"delta\",\"scale\":1000},"
                + "\"features\":[{\"type\":\"Feature\",\"id\":\"95001\","
                + "\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[[-75000,6000,500,0,0,500,-500,0,0,-500]]]},"
                + "\"properties\":{\"name\":\"x\"}}]}");
        assertThat(payload.vertices()).isEqualTo(5);
    }

    @ParameterizedTest(name = "encoding={0}")
    @CsvSource(nullValues = "null", value = {"null, false", "'', false", "delta, true"})
    void encodingParameter(String encoding, boolean delta) {
        assertThat(MapGeometryController.delta(encoding)).isEqualTo(delta);
    }

    @Test
    void anUnknownEncodingNamesTheParameter() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MapGeometryController.delta("topojson"))
                .isInstanceOfSatisfying(co.presencia.error.InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("encoding"));
    }
}
