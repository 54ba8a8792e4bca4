package co.presencia.map;

import co.presencia.spatial.CrsTransform;
import co.presencia.spatial.Srid;
import co.presencia.work.CallerScope;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * A choropleth's units ready to draw: projected to EPSG:9377, split into the main map and the San Andrés inset
 * (every polygon whose centroid lies west of {@link #INSET_WEST_OF}), and simplified for the output scale with
 * {@link CoverageSimplifier} (tolerance about half a pixel; the inset, drawn larger, a third of that), which keeps
 * shared borders shared. Index {@code i} of both arrays is feature {@code i}; either part may be null.
 */
record ProjectedUnits(Geometry[] main, Geometry[] inset, Envelope mainExtent, Envelope insetExtent) {

    /** Polygons west of this longitude are the San Andrés archipelago and go to the inset. */
    static final double INSET_WEST_OF = -80.0;

    private static final GeometryFactory ORIGEN_NACIONAL = new GeometryFactory(new PrecisionModel(), Srid.ORIGEN_NACIONAL);

    /** Projects, splits and simplifies {@code features} for a main map {@code mapWidthPx} pixels wide. */
    static ProjectedUnits of(List<MapFeature> features, int mapWidthPx) {
        int n = features.size();
        Geometry[] main = new Geometry[n];
        Geometry[] inset = new Geometry[n];
        Envelope mainExtent = new Envelope();
        Envelope insetExtent = new Envelope();
        for (int i = 0; i < n; i++) {
            CallerScope.checkpoint();
            Geometry g = features.get(i).geometry();
            List<Polygon> mainParts = new ArrayList<>();
            List<Polygon> insetParts = new ArrayList<>();
            for (int p = 0; p < g.getNumGeometries(); p++) {
                if (!(g.getGeometryN(p) instanceof Polygon polygon) || polygon.isEmpty()) {
                    continue;
                }
                // Parts of a collection may not carry the collection's SRID (JTS keeps one per factory).
                Polygon part = (Polygon) polygon.copy();
                part.setSRID(g.getSRID());
                Polygon projected = (Polygon) CrsTransform.transform(part, Srid.ORIGEN_NACIONAL);
                (polygon.getCentroid().getX() < INSET_WEST_OF ? insetParts : mainParts).add(projected);
            }
            main[i] = multiPolygon(mainParts);
            inset[i] = multiPolygon(insetParts);
            if (main[i] != null) {
                mainExtent.expandToInclude(main[i].getEnvelopeInternal());
            }
            if (inset[i] != null) {
                insetExtent.expandToInclude(inset[i].getEnvelopeInternal());
            }
        }
        CallerScope.checkpoint();
        double metresPerPixel = mainExtent.getWidth() / mapWidthPx;
        return new ProjectedUnits(simplify(main, metresPerPixel * 0.6), simplify(inset, metresPerPixel / 3 * 0.6),
                mainExtent, insetExtent);
    }

    private static Geometry multiPolygon(List<Polygon> parts) {
        return parts.isEmpty() ? null : ORIGEN_NACIONAL.createMultiPolygon(parts.toArray(Polygon[]::new));
    }

    private static Geometry[] simplify(Geometry[] geometries, double tolerance) {
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < geometries.length; i++) {
            if (geometries[i] != null) {
                present.add(i);
            }
        }
        Geometry[] input = present.stream().map(i -> geometries[i]).toArray(Geometry[]::new);
        Geometry[] output = input.length == 0 ? input : CoverageSimplifier.simplify(input, tolerance);
        Geometry[] result = new Geometry[geometries.length];
        for (int j = 0; j < present.size(); j++) {
            result[present.get(j)] = output[j];
        }
        return result;
    }

    /** The extent the plate is scaled to: the main map's, or the inset's when there is no main map. */
    Envelope plateExtent() {
        return mainExtent.isNull() ? insetExtent : mainExtent;
    }
}
