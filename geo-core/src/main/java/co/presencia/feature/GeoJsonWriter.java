package co.presencia.feature;

import co.presencia.spatial.GeoJson;
import co.presencia.spatial.GeoJson.CoordinateFormat;
import co.presencia.text.JsonText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes features as GeoJSON: RFC 7946 for CRS84; OGC API Features Part 2 for the other {@link FeatureCrs} (same
 * structure, coordinates in that CRS's axis order). A feature is {@code {"type":"Feature","id":…,"geometry":…,
 * "properties":{…}}}, a collection {@code {"type":"FeatureCollection",<leading members>,"features":[…],<trailing
 * members>}}. Geometry goes through {@link GeoJson}, property values through {@link JsonText}. Each feature's
 * encoding per CRS and coordinate format is computed once and kept with the feature, so serving a collection that
 * lives in memory is copying bytes.
 */
public final class GeoJsonWriter {

    private static final byte[] FEATURES_START = "\"features\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] COLLECTION_START = "{\"type\":\"FeatureCollection\",".getBytes(StandardCharsets.UTF_8);

    /** What a feature's encoding depends on. */
    private record Encoding(FeatureCrs crs, CoordinateFormat format) {
    }

    /** A feature's GeoJSON without its closing brace, and the number of positions in it. */
    private record Encoded(byte[] bytes, long positions) {
    }

    private GeoJsonWriter() {
    }

    /** A feature as GeoJSON in {@code crs} without its closing brace, so callers can append members (links) first. */
    public static byte[] openFeature(Feature feature, FeatureCrs crs) {
        return encoded(feature, crs, crs.coordinateFormat()).bytes();
    }

    /** A complete feature object, with extra members (e.g. {@code links}) when given. */
    public static void writeFeature(OutputStream out, Feature feature, FeatureCrs crs, Map<String, ?> members) throws IOException {
        out.write(openFeature(feature, crs));
        out.write(members(members, true));
        out.write('}');
    }

    /** A FeatureCollection of {@code features} in {@code crs}, then the extra members in order (numberMatched, links, …). */
    public static void writeCollection(OutputStream out, List<Feature> features, FeatureCrs crs, Map<String, ?> members)
            throws IOException {
        writeCollection(out, Map.of(), features, crs, crs.coordinateFormat(), members);
    }

    /**
     * A FeatureCollection: {@code leading} members before the features, {@code trailing} after them, coordinates of
     * {@code crs} written in {@code format}.
     *
     * @return the number of positions written
     */
    public static long writeCollection(OutputStream out, Map<String, ?> leading, List<Feature> features, FeatureCrs crs,
                                       CoordinateFormat format, Map<String, ?> trailing) throws IOException {
        out.write(COLLECTION_START);
        byte[] head = members(leading, false);
        if (head.length > 0) {
            out.write(head);
            out.write(',');
        }
        out.write(FEATURES_START);
        long positions = 0;
        boolean first = true;
        for (Feature f : features) {
            if (!first) {
                out.write(',');
            }
            first = false;
            Encoded encoded = encoded(f, crs, format);
            out.write(encoded.bytes());
            out.write('}');
            positions += encoded.positions();
        }
        out.write(']');
        out.write(members(trailing, true));
        out.write('}');
        return positions;
    }

    private static Encoded encoded(Feature feature, FeatureCrs crs, CoordinateFormat format) {
        return feature.encoding(new Encoding(crs, format), f -> encode(f, crs, format));
    }

    /** {@code "a":1,"b":2}, with a leading comma when {@code afterOthers}; empty for no members. */
    private static byte[] members(Map<String, ?> members, boolean afterOthers) {
        if (members == null || members.isEmpty()) {
            return new byte[0];
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, ?> e : members.entrySet()) {
            if (afterOthers || text.length() > 0) {
                text.append(',');
            }
            JsonText.string(text, e.getKey());
            text.append(':');
            JsonText.append(text, e.getValue());
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Encoded encode(Feature feature, FeatureCrs crs, CoordinateFormat format) {
        StringBuilder out = new StringBuilder(feature.geometry() == null ? 256 : 256 + feature.geometry().getNumPoints() * 24);
        out.append("{\"type\":\"Feature\",\"id\":");
        JsonText.string(out, feature.id());
        out.append(",\"geometry\":");
        long positions = 0;
        if (feature.geometry() == null) {
            out.append("null");
        } else {
            positions = GeoJson.write(out, crs.project(feature.geometry()), format);
        }
        out.append(",\"properties\":");
        JsonText.append(out, feature.properties());
        return new Encoded(out.toString().getBytes(StandardCharsets.UTF_8), positions);
    }
}
