package co.presencia.spatial.simplify;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Simplifies a polygon coverage for display while keeping its topology: {@code generalize(coverage, tolerance)}
 * returns one geometry per input, in the same order, with shared borders simplified once (JTS
 * {@link CoverageSimplifier}). Units the simplifier would empty (islands smaller than the tolerance) keep their
 * input geometry, so the map never loses a unit. {@link #dissolve} unions simplified units into larger territories
 * (departments, PDET subregions) whose outlines then follow the simplified municipal borders exactly.
 */
public final class CoverageGeneralizer {

    private CoverageGeneralizer() {
    }

    /** The simplified coverage: {@code result[i]} is {@code coverage[i]} simplified, never empty, as a MultiPolygon. */
    public static MultiPolygon[] generalize(Geometry[] coverage, double toleranceDegrees) {
        Geometry[] simplified = toleranceDegrees == 0 ? coverage.clone() : CoverageSimplifier.simplify(coverage, toleranceDegrees);
        MultiPolygon[] out = new MultiPolygon[coverage.length];
        for (int i = 0; i < coverage.length; i++) {
            Geometry g = simplified[i];
            if (g == null || g.isEmpty()) {
                g = coverage[i];
            }
            out[i] = asMultiPolygon(g, coverage[i].getSRID());
        }
        return out;
    }

    /** The union of simplified units of one coverage (their shared borders dissolve exactly). */
    public static MultiPolygon dissolve(List<? extends Geometry> parts, int srid) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("Nothing to dissolve");
        }
        Geometry union = CoverageUnion.union(parts.toArray(Geometry[]::new));
        return asMultiPolygon(union, srid);
    }

    /** How many vertices a set of geometries has (for reporting payload budgets). */
    public static long vertices(Geometry[] geometries) {
        long n = 0;
        for (Geometry g : geometries) {
            n += g.getNumPoints();
        }
        return n;
    }

    static MultiPolygon asMultiPolygon(Geometry g, int srid) {
        GeometryFactory factory = g.getFactory();
        MultiPolygon result;
        if (g instanceof MultiPolygon mp) {
            result = mp;
        } else if (g instanceof Polygon p) {
            result = factory.createMultiPolygon(new Polygon[] {p});
        } else {
            List<Polygon> polygons = new ArrayList<>();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                    polygons.add(p);
                } else if (g.getGeometryN(i) instanceof MultiPolygon inner) {
                    for (int j = 0; j < inner.getNumGeometries(); j++) {
                        polygons.add((Polygon) inner.getGeometryN(j));
                    }
                }
            }
            result = factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
        }
        result.setSRID(srid);
        return result;
    }
}
