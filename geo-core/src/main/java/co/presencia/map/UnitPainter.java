package co.presencia.map;

import co.presencia.work.CallerScope;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws the units of a choropleth in their class colours with thin white borders, then the outlines of the groups
 * they belong to (departments on a municipal map) as the coverage union of the drawn units, so outlines fall exactly
 * on unit borders. Geometry goes to page pixels through a {@link Transform}; vertices closer than 0.05 px to the
 * last one drawn are skipped.
 */
final class UnitPainter {

    static final Color UNIT_BORDER = new Color(0xff, 0xff, 0xff);
    static final Color GROUP_BORDER = new Color(0x3a, 0x3a, 0x3a);

    /** From EPSG:9377 metres to page pixels. */
    @FunctionalInterface
    interface Transform {
        double[] apply(double x, double y);
    }

    private final List<MapFeature> features;
    private final ChoroplethClasses classes;

    UnitPainter(List<MapFeature> features, ChoroplethClasses classes) {
        this.features = features;
        this.classes = classes;
    }

    /** {@code geometries[i]} is feature i's geometry to draw here, or null. */
    void draw(Geometry[] geometries, Transform t, MapCanvas canvas, double unitStroke, double groupStroke) {
        Map<String, List<Geometry>> groups = new TreeMap<>();
        for (int i = 0; i < geometries.length; i++) {
            Geometry g = geometries[i];
            if (g == null || g.isEmpty()) {
                continue;
            }
            CallerScope.checkpoint();
            MapFeature f = features.get(i);
            canvas.path(path(g, t), classes.colorOf(f.value()), UNIT_BORDER, unitStroke);
            if (f.group() != null) {
                groups.computeIfAbsent(f.group(), k -> new ArrayList<>()).add(g);
            }
        }
        boolean oneUnitPerGroup = groups.values().stream().allMatch(list -> list.size() == 1);
        for (List<Geometry> members : groups.values()) {
            CallerScope.checkpoint();
            Geometry outline = oneUnitPerGroup ? members.get(0) : CoverageUnion.union(members.toArray(Geometry[]::new));
            canvas.path(path(outline, t), null, GROUP_BORDER, groupStroke);
        }
        if (groups.isEmpty()) {
            for (Geometry g : geometries) {
                if (g != null && !g.isEmpty()) {
                    canvas.path(path(g, t), null, GROUP_BORDER, groupStroke * 0.6);
                }
            }
        }
    }

    static Path2D.Double path(Geometry g, Transform t) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon polygon) {
                ring(path, polygon.getExteriorRing().getCoordinateSequence(), t);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    ring(path, polygon.getInteriorRingN(h).getCoordinateSequence(), t);
                }
            }
        }
        return path;
    }

    private static void ring(Path2D.Double path, CoordinateSequence seq, Transform t) {
        if (seq.size() == 0) {
            return;
        }
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 0; i < seq.size(); i++) {
            double[] xy = t.apply(seq.getX(i), seq.getY(i));
            if (i == 0) {
                path.moveTo(xy[0], xy[1]);
            } else if (Math.abs(xy[0] - lastX) >= 0.05 || Math.abs(xy[1] - lastY) >= 0.05) {
                path.lineTo(xy[0], xy[1]);
            } else {
                continue;
            }
            lastX = xy[0];
            lastY = xy[1];
        }
        path.closePath();
    }
}
