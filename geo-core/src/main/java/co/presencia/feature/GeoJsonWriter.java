package co.presencia.feature;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes features as GeoJSON (RFC 7946 for CRS84; OGC API Features Part 2 for the other {@link FeatureCrs}: same
 * structure, coordinates in that CRS's axis order). Each feature's encoding per CRS is computed once and kept with
 * the feature, so serving a collection that lives in memory is copying bytes.
 */
public final class GeoJsonWriter {

    private static final byte[] COLLECTION_START = "{\"type\":\"FeatureCollection\",\"features\":[".getBytes(StandardCharsets.UTF_8);

    private GeoJsonWriter() {
    }

    /**
     * A feature as GeoJSON without its closing brace, so callers can append members (links) before closing it.
     */
    public static byte[] openFeature(Feature feature, FeatureCrs crs) {
        return feature.encoding(crs, f -> encode(f, crs).getBytes(StandardCharsets.UTF_8));
    }

    /** A complete feature object, with extra members (e.g. {@code links}) when given. */
    public static void writeFeature(OutputStream out, Feature feature, FeatureCrs crs, Map<String, ?> members) throws IOException {
        out.write(openFeature(feature, crs));
        writeMembers(out, members);
        out.write('}');
    }

    /** A FeatureCollection of {@code features}, then the extra members in order (numberMatched, links, …). */
    public static void writeCollection(OutputStream out, List<Feature> features, FeatureCrs crs, Map<String, ?> members)
            throws IOException {
        out.write(COLLECTION_START);
        boolean first = true;
        for (Feature f : features) {
            if (!first) {
                out.write(',');
            }
            first = false;
            out.write(openFeature(f, crs));
            out.write('}');
        }
        out.write(']');
        writeMembers(out, members);
        out.write('}');
    }

    private static void writeMembers(OutputStream out, Map<String, ?> members) throws IOException {
        if (members == null || members.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, ?> e : members.entrySet()) {
            text.append(',');
            JsonText.string(text, e.getKey());
            text.append(':');
            JsonText.append(text, e.getValue());
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String encode(Feature feature, FeatureCrs crs) {
        StringBuilder out = new StringBuilder(feature.geometry() == null ? 256 : 256 + feature.geometry().getNumPoints() * 24);
        out.append("{\"type\":\"Feature\",\"id\":");
        JsonText.string(out, feature.id());
        out.append(",\"geometry\":");
        if (feature.geometry() == null) {
            out.append("null");
        } else {
            geometry(out, crs.project(feature.geometry()), crs);
        }
        out.append(",\"properties\":");
        JsonText.append(out, feature.properties());
        return out.toString();
    }

    /** A geometry in {@code crs} (already projected, JTS x/y), axes swapped when the CRS says so. */
    public static void geometry(StringBuilder out, Geometry g, FeatureCrs crs) {
        double scale = Math.pow(10, crs.decimals());
        boolean swap = crs.swapsAxes();
        if (g instanceof Point p) {
            out.append("{\"type\":\"Point\",\"coordinates\":");
            position(out, p.getCoordinateSequence(), 0, scale, swap);
        } else if (g instanceof MultiPoint mp) {
            out.append("{\"type\":\"MultiPoint\",\"coordinates\":[");
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                position(out, ((Point) mp.getGeometryN(i)).getCoordinateSequence(), 0, scale, swap);
            }
            out.append(']');
        } else if (g instanceof Polygon p) {
            out.append("{\"type\":\"Polygon\",\"coordinates\":");
            polygon(out, p, scale, swap);
        } else if (g instanceof MultiPolygon mp) {
            out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                polygon(out, (Polygon) mp.getGeometryN(i), scale, swap);
            }
            out.append(']');
        } else if (g instanceof LineString l) {
            out.append("{\"type\":\"LineString\",\"coordinates\":");
            ring(out, l.getCoordinateSequence(), scale, swap);
        } else {
            throw new IllegalArgumentException("Unsupported geometry for GeoJSON features: " + g.getGeometryType());
        }
        out.append('}');
    }

    private static void polygon(StringBuilder out, Polygon p, double scale, boolean swap) {
        out.append('[');
        ring(out, p.getExteriorRing().getCoordinateSequence(), scale, swap);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            out.append(',');
            ring(out, p.getInteriorRingN(i).getCoordinateSequence(), scale, swap);
        }
        out.append(']');
    }

    private static void ring(StringBuilder out, CoordinateSequence seq, double scale, boolean swap) {
        out.append('[');
        for (int i = 0; i < seq.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            position(out, seq, i, scale, swap);
        }
        out.append(']');
    }

    private static void position(StringBuilder out, CoordinateSequence seq, int i, double scale, boolean swap) {
        double x = Math.round(seq.getX(i) * scale) / scale;
        double y = Math.round(seq.getY(i) * scale) / scale;
        out.append('[');
        JsonText.number(out, swap ? y : x);
        out.append(',');
        JsonText.number(out, swap ? x : y);
        out.append(']');
    }
}
