package co.presencia.feature;

import co.presencia.spatial.GeoJson.CoordinateFormat;
import co.presencia.spatial.GeoJson;
import co.presencia.text.JsonText;
import co.presencia.work.CallerScope;
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
 *
 * <p>The {@code gzip} forms write the same text as one gzip member. A feature whose text is at least {@value
 * #SEGMENT_MINIMUM} bytes (a polygon) is compressed once, on its own, and that segment is kept with the feature
 * beside its text ({@link GzipAssembly}); smaller features (points) and the members between them are compressed as
 * they come, where they share one compression window.
 */
public final class GeoJsonWriter {

    private static final byte[] FEATURES_START = "\"features\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] COLLECTION_START = "{\"type\":\"FeatureCollection\",".getBytes(StandardCharsets.UTF_8);
    private static final byte[] COMMA = {','};
    private static final byte[] CLOSE = {'}'};
    private static final byte[] CLOSE_COMMA = {'}', ','};
    private static final byte[] END_FEATURES = {']'};
    private static final byte[] CLOSE_END_FEATURES = {'}', ']'};

    /** Features whose text is at least this long are compressed once and kept compressed. */
    static final int SEGMENT_MINIMUM = 1024;

    /** What a feature's encoding depends on. */
    private record Encoding(FeatureCrs crs, CoordinateFormat format) {
    }

    /** The key of a feature's compressed encoding. */
    private record Deflated(Encoding encoding) {
    }

    /** Where the text goes: as it is, or compressed. */
    private interface Sink {
        void write(byte[] text) throws IOException;

        /** A feature's text without its closing brace. */
        void feature(Feature feature, Encoding key, Encoded encoded) throws IOException;
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
        writeFeature(plain(out), feature, crs, members);
    }

    /** {@link #writeFeature(OutputStream, Feature, FeatureCrs, Map)} as one gzip member. */
    public static void writeFeatureGzip(OutputStream out, Feature feature, FeatureCrs crs, Map<String, ?> members)
            throws IOException {
        try (GzipAssembly gzip = new GzipAssembly(out)) {
            writeFeature(gzip(gzip), feature, crs, members);
        }
    }

    private static void writeFeature(Sink sink, Feature feature, FeatureCrs crs, Map<String, ?> members) throws IOException {
        Encoding key = new Encoding(crs, crs.coordinateFormat());
        sink.feature(feature, key, encoded(feature, key));
        sink.write(members(members, true));
        sink.write(CLOSE);
    }

    /** A FeatureCollection of {@code features} in {@code crs}, then the extra members in order (numberMatched, links, …). */
    public static void writeCollection(OutputStream out, List<Feature> features, FeatureCrs crs, Map<String, ?> members)
            throws IOException {
        writeCollection(out, Map.of(), features, crs, crs.coordinateFormat(), members);
    }

    /**
     * A GeoJSON file of {@code features} in {@code crs}, as GIS files are written: x = longitude or easting first
     * whatever the CRS's axis order. CRS84 and EPSG:4326 are RFC 7946 GeoJSON; any other CRS is named in a
     * {@code crs} member ({@code urn:ogc:def:crs:EPSG::9377}), as GDAL writes and reads it.
     */
    public static void writeFile(OutputStream out, List<Feature> features, FeatureCrs crs) throws IOException {
        Map<String, ?> leading = crs.srid() == FeatureCrs.EPSG_4326.srid() ? Map.of()
                : Map.of("crs", Map.of("type", "name", "properties", Map.of("name", "urn:ogc:def:crs:EPSG::" + crs.srid())));
        writeCollection(out, leading, features, crs, new CoordinateFormat(crs.decimals(), false, false), Map.of());
    }

    /**
     * A FeatureCollection: {@code leading} members before the features, {@code trailing} after them, coordinates of
     * {@code crs} written in {@code format}.
     *
     * @return the number of positions written
     */
    public static long writeCollection(OutputStream out, Map<String, ?> leading, List<Feature> features, FeatureCrs crs,
                                       CoordinateFormat format, Map<String, ?> trailing) throws IOException {
        return writeCollection(plain(out), leading, features, new Encoding(crs, format), trailing);
    }

    /** {@link #writeCollection(OutputStream, List, FeatureCrs, Map)} as one gzip member. */
    public static void writeCollectionGzip(OutputStream out, List<Feature> features, FeatureCrs crs, Map<String, ?> members)
            throws IOException {
        try (GzipAssembly gzip = new GzipAssembly(out)) {
            writeCollection(gzip(gzip), Map.of(), features, new Encoding(crs, crs.coordinateFormat()), members);
        }
    }

    private static long writeCollection(Sink sink, Map<String, ?> leading, List<Feature> features, Encoding key,
                                        Map<String, ?> trailing) throws IOException {
        sink.write(COLLECTION_START);
        byte[] head = members(leading, false);
        if (head.length > 0) {
            sink.write(head);
            sink.write(COMMA);
        }
        sink.write(FEATURES_START);
        long positions = 0;
        boolean first = true;
        for (Feature f : features) {
            CallerScope.checkpoint();
            if (!first) {
                sink.write(CLOSE_COMMA);
            }
            first = false;
            Encoded encoded = encoded(f, key);
            sink.feature(f, key, encoded);
            positions += encoded.positions();
        }
        sink.write(first ? END_FEATURES : CLOSE_END_FEATURES);
        sink.write(members(trailing, true));
        sink.write(CLOSE);
        return positions;
    }

    private static Sink plain(OutputStream out) {
        return new Sink() {
            @Override
            public void write(byte[] text) throws IOException {
                out.write(text);
            }

            @Override
            public void feature(Feature feature, Encoding key, Encoded encoded) throws IOException {
                out.write(encoded.bytes());
            }
        };
    }

    private static Sink gzip(GzipAssembly gzip) {
        return new Sink() {
            @Override
            public void write(byte[] text) throws IOException {
                gzip.write(text);
            }

            @Override
            public void feature(Feature feature, Encoding key, Encoded encoded) throws IOException {
                if (encoded.bytes().length < SEGMENT_MINIMUM) {
                    gzip.write(encoded.bytes());
                } else {
                    gzip.writeSegment(encoded.bytes(), feature.encoding(new Deflated(key), f -> GzipAssembly.deflateSegment(encoded.bytes())));
                }
            }
        };
    }

    private static Encoded encoded(Feature feature, FeatureCrs crs, CoordinateFormat format) {
        return encoded(feature, new Encoding(crs, format));
    }

    private static Encoded encoded(Feature feature, Encoding key) {
        return feature.encoding(key, f -> encode(f, key.crs(), key.format()));
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
