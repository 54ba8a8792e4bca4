package co.presencia.feature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeoJsonWriterTest {

    private final Feature medellin = FeatureFixtures.features().get(0);
    private final Feature quibdo = FeatureFixtures.features().get(2);

    private static String write(List<Feature> features, FeatureCrs crs, Map<String, ?> members) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeoJsonWriter.writeCollection(out, features, crs, members);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void crs84IsLongitudeFirst() throws IOException {
        assertThat(write(List.of(medellin), FeatureCrs.CRS84, Map.of()))
                .startsWith("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"05001\"")
                .contains("[[[[-75,-1],[-74,-1],[-74,0],[-75,0],[-75,-1]]]]");
    }

    @Test
    void epsg4326IsLatitudeFirst() throws IOException {
        assertThat(write(List.of(medellin), FeatureCrs.EPSG_4326, Map.of())).contains("[[[[-1,-75],[-1,-74],[0,-74],[0,-75],[-1,-75]]]]");
    }

    @Test
    void propertiesKeepTypesAccentsAndEscapes() throws IOException {
        String json = write(List.of(quibdo), FeatureCrs.CRS84, Map.of("numberReturned", 1));
        assertThat(json).contains("\"properties\":{\"code\":\"27001\",\"name\":\"Quibdó \\\"capital\\\" ñandú\",\"population\":null,"
                + "\"share\":1.5,\"pdet\":true}").endsWith("],\"numberReturned\":1}");
    }

    @Test
    void encodingIsComputedOncePerCrs() {
        byte[] first = GeoJsonWriter.openFeature(medellin, FeatureCrs.CRS84);
        assertThat(GeoJsonWriter.openFeature(medellin, FeatureCrs.CRS84)).isSameAs(first);
        assertThat(GeoJsonWriter.openFeature(medellin, FeatureCrs.EPSG_4326)).isNotSameAs(first);
    }

    @Test
    void gzipFormsDecompressToTheSameTextWithSegmentsKeptAndPointsStreamed() throws IOException {
        // A polygon of 400 vertices (its text is far over the segment minimum), the small fixture squares, a point.
        Feature ring = FeatureFixtures.feature("99001", "Anillo", 1L, 0.5, true, "MULTIPOLYGON (((" + circle(400) + ")))");
        Feature point = FeatureFixtures.feature("99002", "Punto", 2L, null, false, "POINT (-74.1 4.6)");
        List<Feature> features = List.of(medellin, ring, quibdo, point, ring);
        Map<String, Object> members = Map.of("numberReturned", 5);
        String plain = write(features, FeatureCrs.CRS84, members);
        for (int run = 0; run < 2; run++) {
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            GeoJsonWriter.writeCollectionGzip(gz, features, FeatureCrs.CRS84, members);
            assertThat(gunzip(gz.toByteArray())).isEqualTo(plain);
            assertThat(gz.size()).isLessThan(plain.length() / 2);
        }
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        GeoJsonWriter.writeFeature(one, ring, FeatureCrs.EPSG_9377, Map.of("links", List.of()));
        ByteArrayOutputStream oneGz = new ByteArrayOutputStream();
        GeoJsonWriter.writeFeatureGzip(oneGz, ring, FeatureCrs.EPSG_9377, Map.of("links", List.of()));
        assertThat(gunzip(oneGz.toByteArray())).isEqualTo(one.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        GeoJsonWriter.writeCollectionGzip(empty, List.of(), FeatureCrs.CRS84, Map.of());
        assertThat(gunzip(empty.toByteArray())).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}");
    }

    private static String circle(int vertices) {
        StringBuilder wkt = new StringBuilder();
        for (int i = 0; i <= vertices; i++) {
            double a = 2 * Math.PI * (i % vertices) / vertices;
            wkt.append(i == 0 ? "" : ", ").append(-74 + Math.cos(a)).append(' ').append(4 + Math.sin(a));
        }
        return wkt.toString();
    }

    private static String gunzip(byte[] gz) throws IOException {
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
