package co.presencia.spatial;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.territory.DivipolaCode;
import co.presencia.territory.Municipality;
import co.presencia.testing.ReferenceData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The grid only narrows candidates: every answer equals the brute-force one (the smallest key among the polygons
 * whose closed area holds the point), for shapes chosen to trip a rasterization (edges and vertices exactly on grid
 * lines, holes, parts, long diagonals, slivers thinner than a cell) and for the real municipalities.
 */
class MunicipalityLocatorTest {

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    @Test
    void shapesAlignedWithTheGridAndAcrossItAgreeWithBruteForce() throws ParseException {
        Map<String, Geometry> shapes = new LinkedHashMap<>();
        WKTReader wkt = new WKTReader(FACTORY);
        // With a 1.0 cell from (0, 0): edges on grid lines, a shared border on x = 2, a hole of exactly one cell.
        shapes.put("a", wkt.read("POLYGON ((0 0, 2 0, 2 4, 0 4, 0 0))"));
        shapes.put("b", wkt.read("POLYGON ((2 0, 6 0, 6 4, 2 4, 2 0), (3 1, 4 1, 4 2, 3 2, 3 1))"));
        shapes.put("c", wkt.read("MULTIPOLYGON (((3 1, 4 1, 4 2, 3 2, 3 1)), ((7 7, 7.5 7, 7.5 7.5, 7 7.5, 7 7)))"));
        shapes.put("d", wkt.read("POLYGON ((0 4, 6 4, 0 9.99, 0 4))"));
        shapes.put("e", wkt.read("POLYGON ((6 0, 6.0001 0, 6.0001 9, 6 9, 6 0))"));
        shapes.put("f", wkt.read("POLYGON ((8 1, 9.5 1, 9.5 2.5, 8 2.5, 8 1), (8.2 1.2, 9.3 1.2, 9.3 2.3, 8.2 2.3, 8.2 1.2))"));
        MunicipalityLocator<String> locator = MunicipalityLocator.build(shapes, 1.0);

        List<double[]> points = new ArrayList<>();
        for (double x = -0.5; x <= 10.5; x += 0.25) {
            for (double y = -0.5; y <= 10.5; y += 0.25) {
                points.add(new double[] {x, y});
            }
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            points.add(new double[] {random.nextDouble(-0.5, 10.5), random.nextDouble(-0.5, 10.5)});
        }
        for (Geometry shape : shapes.values()) {
            for (Coordinate c : shape.getCoordinates()) {
                points.add(new double[] {c.x, c.y});
                points.add(new double[] {c.x + 1e-9, c.y - 1e-9});
            }
        }
        assertAgreement(locator, shapes, points);
        assertThat(locator.locate(3.5, 1.5)).as("the hole of b is c's part").contains("c");
        assertThat(locator.locate(2, 1.5)).as("on the shared border: the smaller key").contains("a");
        assertThat(locator.locate(8.5, 1.5)).as("inside f's hole").isEmpty();
    }

    @Test
    void realMunicipalitiesAgreeWithBruteForceOnRandomPointsAndGridLines() {
        Map<DivipolaCode, Geometry> polygons = new TreeMap<>();
        for (Municipality m : ReferenceData.catalog().municipalitiesWithBoundary()) {
            polygons.put(m.code(), m.geometry());
        }
        MunicipalityLocator<DivipolaCode> locator = MunicipalityLocator.build(polygons);
        Envelope extent = new Envelope();
        polygons.values().forEach(g -> extent.expandToInclude(g.getEnvelopeInternal()));
        SplittableRandom random = new SplittableRandom(20261126L);
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            points.add(new double[] {random.nextDouble(extent.getMinX(), extent.getMaxX()),
                random.nextDouble(extent.getMinY(), extent.getMaxY())});
        }
        // Points exactly on the 0.02° grid lines and on their crossings, where a rasterization slips first.
        for (int i = 0; i < 5_000; i++) {
            double x = extent.getMinX() + random.nextInt((int) (extent.getWidth() / 0.02)) * 0.02;
            double y = extent.getMinY() + random.nextInt((int) (extent.getHeight() / 0.02)) * 0.02;
            points.add(new double[] {x, random.nextDouble(extent.getMinY(), extent.getMaxY())});
            points.add(new double[] {random.nextDouble(extent.getMinX(), extent.getMaxX()), y});
            points.add(new double[] {x, y});
        }
        int placed = assertAgreement(locator, polygons, points);
        assertThat(placed).as("points in Colombia").isGreaterThan(10_000);
    }

    /** Asserts the locator's answer for each point is the brute-force one; returns how many points were placed. */
    private static <K extends Comparable<K>> int assertAgreement(MunicipalityLocator<K> locator, Map<K, Geometry> polygons,
                                                                 List<double[]> points) {
        Map<K, Geometry> byKey = new TreeMap<>(polygons);
        List<String> disagreements = new ArrayList<>();
        int placed = 0;
        for (double[] p : points) {
            Point point = FACTORY.createPoint(new Coordinate(p[0], p[1]));
            K expected = null;
            for (Map.Entry<K, Geometry> polygon : byKey.entrySet()) {
                if (polygon.getValue().getEnvelopeInternal().covers(p[0], p[1]) && polygon.getValue().covers(point)) {
                    expected = polygon.getKey();
                    break;
                }
            }
            K actual = locator.locateOrNull(p[0], p[1]);
            if (expected == null ? actual != null : !expected.equals(actual)) {
                disagreements.add("(" + p[0] + ", " + p[1] + "): " + actual + ", expected " + expected);
            }
            placed += actual != null ? 1 : 0;
        }
        assertThat(disagreements).as("of %d points", points.size()).isEmpty();
        return placed;
    }
}
