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
}
