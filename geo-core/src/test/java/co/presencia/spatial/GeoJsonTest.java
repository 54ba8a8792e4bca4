package co.presencia.spatial;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.spatial.GeoJson.CoordinateFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** The one GeoJSON geometry encoder: every geometry type, rounding, plain notation, axis order, dropped repeats. */
class GeoJsonTest {

    private static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "POINT (-75.5636 6.2518)                              | {\"type\":\"Point\",\"coordinates\":[-75.5636,6.2518]}",
            "POINT EMPTY                                          | {\"type\":\"Point\",\"coordinates\":[]}",
            "LINESTRING (0 0, 1 1)                                | {\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}",
            "MULTIPOINT ((1 2), (3 4))                            | {\"type\":\"MultiPoint\",\"coordinates\":[[1,2],[3,4]]}",
            "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))             | {\"type\":\"MultiLineString\",\"coordinates\":[[[0,0],[1,1]],[[2,2],[3,3]]]}",
            "POLYGON ((0 0, 4 0, 4 4, 0 0), (1 1, 2 1, 2 2, 1 1)) | {\"type\":\"Polygon\",\"coordinates\":[[[0,0],[4,0],[4,4],[0,0]],[[1,1],[2,2],[2,1],[1,1]]]}",
            "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))                | {\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,0]]]]}",
            "GEOMETRYCOLLECTION (POINT (1 2))                     | {\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\",\"coordinates\":[1,2]}]}"})
    void everyGeometryType(String wkt, String json) {
        assertThat(GeoJson.text(wkt(wkt), 7)).isEqualTo(json);
    }

    @Test
    void ringsFollowTheRightHandRuleOfRfc7946() {
        // A clockwise shell and a counter-clockwise hole, as Shapefiles store them: both written the other way round.
        assertThat(GeoJson.text(wkt("POLYGON ((0 0, 0 4, 4 4, 4 0, 0 0), (1 1, 2 1, 2 2, 1 1))"), 7))
                .isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[2,2],[2,1],[1,1]]]}");
        // Already right: unchanged, in every part of a multipolygon.
        assertThat(GeoJson.text(wkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 5 6, 6 6, 5 5)))"), 7))
                .isEqualTo("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,6],[5,6],[5,5]]]]}");
    }

    @Test
    void positionsAreRoundedAndWrittenInPlainDecimalNotation() {
        assertThat(GeoJson.text(wkt("POINT (-74.0000004 0.0001)"), 6)).isEqualTo("{\"type\":\"Point\",\"coordinates\":[-74,0.0001]}");
        assertThat(GeoJson.text(wkt("POINT (-0.00000004 -0.0000051)"), 6)).isEqualTo("{\"type\":\"Point\",\"coordinates\":[0,-0.000005]}");
        assertThat(GeoJson.text(wkt("POINT (4912345.678 2123456.781)"), 2)).isEqualTo("{\"type\":\"Point\",\"coordinates\":[4912345.68,2123456.78]}");
    }

    @Test
    void axesAreSwappedWhenAsked() {
        StringBuilder out = new StringBuilder();
        GeoJson.write(out, wkt("POINT (-75 6)"), new CoordinateFormat(7, true, false));
        assertThat(out).hasToString("{\"type\":\"Point\",\"coordinates\":[6,-75]}");
    }

    @Test
    void repeatedPositionsAndCollapsedRingsAreDroppedOnlyWhenAsked() {
        Geometry g = wkt("MULTIPOLYGON (((-75.00001 6.00001, -74.99999 6.00002, -74.5 6, -74.5 6.5, -75 6.5, -75.00001 6.00001)),"
                + " ((1 1, 1.0001 1, 1.0001 1.0001, 1 1)))");
        StringBuilder out = new StringBuilder();
        long positions = GeoJson.write(out, g, CoordinateFormat.lonLat(3).droppingRepeated());
        assertThat(out).hasToString("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[-75,6],[-74.5,6],[-74.5,6.5],[-75,6.5],[-75,6]]]]}");
        assertThat(positions).as("the sliver that rounding collapses is left out").isEqualTo(5);
        StringBuilder all = new StringBuilder();
        assertThat(GeoJson.write(all, g, CoordinateFormat.lonLat(3))).isEqualTo(10);
    }
}
