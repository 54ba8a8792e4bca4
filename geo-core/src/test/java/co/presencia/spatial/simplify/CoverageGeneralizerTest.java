package co.presencia.spatial.simplify;

import static org.assertj.core.api.Assertions.assertThat;

import co.presencia.territory.Municipality;
import co.presencia.testing.ReferenceData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class CoverageGeneralizerTest {

    private static final WKTReader WKT = new WKTReader();

    private static Geometry wkt(String text) {
        try {
            Geometry g = WKT.read(text);
            g.setSRID(4326);
            return g;
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Two units share a zig-zag border (teeth of 0.0002° between x = 1 and x = 1.0002; the simplifier is area-based (Visvalingam–Whyatt), so each tooth is a triangle far below tolerance²) and a third is an island of
     * 0.0004° a side, far below the tolerance: the border is simplified once for both, and the island survives.
     */
    @Test
    void sharedBorderStaysSharedAndTinyIslandIsKept() {
        String zigzag = "1 0, 1.0002 0.2, 1 0.4, 1.0002 0.6, 1 0.8, 1.0002 1";
        Geometry west = wkt("POLYGON ((0 0, " + zigzag + ", 0 1, 0 0))");
        Geometry east = wkt("POLYGON ((1 0, 2 0, 2 1, 1.0002 1, 1 0.8, 1.0002 0.6, 1 0.4, 1.0002 0.2, 1 0))");
        Geometry island = wkt("POLYGON ((3 3, 3.0004 3, 3.0004 3.0004, 3 3.0004, 3 3))");
        Geometry[] coverage = {west, east, island};
        assertThat(CoverageValidator.isValid(coverage)).isTrue();

        MultiPolygon[] simplified = CoverageGeneralizer.generalize(coverage, 0.01);

        assertThat(simplified).hasSize(3).allSatisfy(g -> assertThat(g.isEmpty()).isFalse());
        assertThat(simplified[0].getNumPoints()).isLessThan(west.getNumPoints());
        assertThat(CoverageValidator.isValid(simplified)).as("no gaps or overlaps after simplification").isTrue();
        Geometry border = simplified[0].intersection(simplified[1]);
        assertThat(border.getDimension()).as("the units still touch along a line").isEqualTo(1);
        assertThat(simplified[0].getArea() + simplified[1].getArea())
                .isCloseTo(simplified[0].union(simplified[1]).getArea(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(simplified[2].getArea()).as("the island is kept").isGreaterThan(0);
        assertThat(simplified).allSatisfy(g -> assertThat(g.getSRID()).isEqualTo(4326));
    }

    @Test
    void dissolvingSimplifiedUnitsFollowsTheirBorders() {
        Geometry a = wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");
        Geometry b = wkt("POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))");
        MultiPolygon both = CoverageGeneralizer.dissolve(List.of(a, b), 4326);
        assertThat(both.getNumGeometries()).isEqualTo(1);
        assertThat(both.getArea()).isEqualTo(2.0);
        assertThat(both.getSRID()).isEqualTo(4326);
    }

    static List<DisplayLevel> levels() {
        return DisplayLevel.STANDARD;
    }

    /** The real municipal map (1,122 MGN 2018 units, 197,804 vertices) at each standard level. */
    @ParameterizedTest(name = "level {0}")
    @MethodSource("levels")
    void realMunicipalMapAtEachLevelKeepsEveryUnitAndItsTopology(DisplayLevel level) {
        List<Municipality> municipalities = new ArrayList<>(ReferenceData.catalog().municipalitiesWithBoundary());
        Geometry[] coverage = municipalities.stream().map(Municipality::geometry).toArray(Geometry[]::new);

        MultiPolygon[] simplified = CoverageGeneralizer.generalize(coverage, level.toleranceDegrees());

        assertThat(simplified).hasSize(1122).allSatisfy(g -> assertThat(g.isEmpty()).isFalse());
        long before = CoverageGeneralizer.vertices(coverage);
        long after = CoverageGeneralizer.vertices(simplified);
        if (level.toleranceDegrees() > 0) {
            assertThat(after).isLessThan(before);
        } else {
            assertThat(after).as("tolerance 0 keeps the input").isEqualTo(before);
        }
        if (level.id() == 0) {
            assertThat(after).as("national level vertex budget").isLessThan(60_000);
        }
        assertThat(CoverageValidator.isValid(simplified)).as("still a coverage: shared borders stay shared").isTrue();
    }
}
