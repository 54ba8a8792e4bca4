package co.presencia.spatial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

class CrsTransformTest {

    @Test
    void origenNacionalHasItsFalseOriginAt4N73W() {
        double[] xy = CrsTransform.transform(-73.0, 4.0, Srid.WGS84, Srid.ORIGEN_NACIONAL);
        assertThat(xy[0]).isCloseTo(5_000_000.0, within(0.01));
        assertThat(xy[1]).isCloseTo(2_000_000.0, within(0.01));
    }

    @Test
    void roundTripsBogota() {
        double[] xy = CrsTransform.transform(-74.0817, 4.6097, Srid.WGS84, Srid.ORIGEN_NACIONAL);
        double[] back = CrsTransform.transform(xy[0], xy[1], Srid.ORIGEN_NACIONAL, Srid.WGS84);
        assertThat(back[0]).isCloseTo(-74.0817, within(1e-8));
        assertThat(back[1]).isCloseTo(4.6097, within(1e-8));
    }

    @Test
    void areaOfAOneHundredthDegreeSquareNearTheEquatorIsAboutOnePointTwoKm2() {
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), Srid.WGS84);
        Geometry square = factory.createPolygon(new Coordinate[] {
                new Coordinate(-73, 4), new Coordinate(-72.99, 4), new Coordinate(-72.99, 4.01),
                new Coordinate(-73, 4.01), new Coordinate(-73, 4)});
        // 0.01° of latitude ≈ 1.106 km; 0.01° of longitude at 4° N ≈ 1.110 km; scale factor 0.9992 squared.
        assertThat(CrsTransform.areaKm2(square)).isCloseTo(1.2266, within(0.003));
    }
}
