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
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The grid only narrows candidates: every answer equals the brute-force one (the smallest key among the polygons
 * whose closed area holds the point), for shapes chosen to trip a rasterization (edges and vertices exactly on grid
 * lines, holes, parts, long diagonals, slivers thinner than a cell, grid lines that are not exact doubles, an extent
 * a whole number of cells wide, overlapping polygons, an empty geometry) and for the real municipalities.
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
    void casesAReviewFoundUntested() throws ParseException {
        WKTReader wkt = new WKTReader(FACTORY);
        // Grid lines that are not exact doubles (0.1 cells): the raster's slack keeps the touched cells conservative.
        Map<String, Geometry> inexact = new TreeMap<>(Map.of(
                "a", wkt.read("POLYGON ((0 0, 0.30000000000000004 0.4, 0.30000000000000004 0, 0 0))"),
                "z", wkt.read("POLYGON ((-0.2 -0.2, -0.2 -0.15, -0.15 -0.2, -0.2 -0.2))")));
        assertThat(MunicipalityLocator.build(inexact, 0.1).locate(0.30000000000000004, 0.4)).contains("a");
        // An extent exactly two cells wide: a point on its max edge is in the last cell, and covered.
        Map<String, Geometry> whole = Map.of("a", wkt.read("POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))"));
        assertThat(MunicipalityLocator.build(whole, 1.0).locate(2, 1)).contains("a");
        assertThat(MunicipalityLocator.build(whole, 1.0).locate(2.5, 1)).isEmpty();
        // A point on the horizontal through a vertex that is neither top nor bottom: crossings counted once.
        Map<String, Geometry> vertex = new TreeMap<>(Map.of(
                "a", wkt.read("POLYGON ((0 0, 2 1, 0 2, 0 0))"),
                "b", wkt.read("POLYGON ((0 0, 1 0, 1 -1, 0 -1, 0 0))")));
        assertThat(MunicipalityLocator.build(vertex, 1.0).locate(0.5, 1)).contains("a");
        // Overlapping polygons (not a clean coverage): a cell whole in b but touched by a smaller key is not b's.
        Map<String, Geometry> overlapping = new TreeMap<>(Map.of(
                "a", wkt.read("POLYGON ((1.2 1.2, 1.8 1.2, 1.8 1.8, 1.2 1.8, 1.2 1.2))"),
                "b", wkt.read("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))")));
        MunicipalityLocator<String> layered = MunicipalityLocator.build(overlapping, 1.0);
        assertThat(layered.locate(1.5, 1.5)).contains("a");
        assertThat(layered.locate(1.1, 1.5)).contains("b");
        // An empty geometry among others holds nothing and breaks nothing.
        Map<String, Geometry> withEmpty = new TreeMap<>(Map.of(
                "a", wkt.read("POLYGON ((-75 -4, -74 -4, -74 5, -75 5, -75 -4))"), "b", wkt.read("MULTIPOLYGON EMPTY")));
        MunicipalityLocator<String> locator = MunicipalityLocator.build(withEmpty, 0.02);
        assertThat(locator.locate(-74.5, 0)).contains("a");
        assertThat(locator.locate(-73.5, 0)).isEmpty();
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

    /**
     * Asserts the locator's answer for each point is the brute-force one: the smallest key whose polygon JTS's
     * {@link IndexedPointInAreaLocator} does not find exterior (the rule the locator reproduces; {@code covers} may
     * differ within an ulp of an edge). Returns how many points were placed.
     */
    private static <K extends Comparable<K>> int assertAgreement(MunicipalityLocator<K> locator, Map<K, Geometry> polygons,
                                                                 List<double[]> points) {
        Map<K, IndexedPointInAreaLocator> byKey = new TreeMap<>();
        polygons.forEach((key, polygon) -> byKey.put(key, new IndexedPointInAreaLocator(polygon)));
        List<String> disagreements = new ArrayList<>();
        int placed = 0;
        for (double[] p : points) {
            Coordinate point = new Coordinate(p[0], p[1]);
            K expected = null;
            for (Map.Entry<K, IndexedPointInAreaLocator> polygon : byKey.entrySet()) {
                if (polygons.get(polygon.getKey()).getEnvelopeInternal().covers(p[0], p[1])
                        && polygon.getValue().locate(point) != Location.EXTERIOR) {
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
